package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of notes ended: the (update time, id) of its last note. On the wire it is an
 * opaque token; clients pass it back unchanged to get the next page.
 */
public record NoteCursor(Instant updatedAt, NoteId id) {

    private static final String INVALID = "is not a cursor returned by list_notes";

    public NoteCursor {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(id, "id");
    }

    public static NoteCursor after(Note note) {
        return new NoteCursor(note.updatedAt(), note.id());
    }

    /** True when {@code note} comes after this position in newest-first order. */
    public boolean precedes(Note note) {
        int byTime = note.updatedAt().compareTo(updatedAt);
        return byTime < 0 || (byTime == 0 && note.id().compareTo(id) < 0);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt);
        String raw = micros + "/" + id.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static NoteCursor decode(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            throw new InvalidValueException("cursor", INVALID);
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            long micros = Long.parseLong(raw.substring(0, slash));
            return new NoteCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), new NoteId(raw.substring(slash + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new InvalidValueException("cursor", INVALID);
        }
    }
}
