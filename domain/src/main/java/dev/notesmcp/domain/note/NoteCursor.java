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
    /** Times every store can hold (PostgreSQL timestamptz, Java Instant) and a note can have: years 1 to 9999. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

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

    /**
     * The cursor {@code token} stands for. Only tokens exactly as {@link #encode()} writes them are
     * accepted (no sign, leading zeros or stray Base64 bits), with a time any store can hold, so a
     * doctored cursor is refused here rather than failing in a store.
     */
    public static NoteCursor decode(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            throw new InvalidValueException("cursor", INVALID);
        }
        NoteCursor cursor;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            long micros = Long.parseLong(raw.substring(0, slash));
            cursor = new NoteCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), new NoteId(raw.substring(slash + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException
                 | java.time.DateTimeException e) {
            throw new InvalidValueException("cursor", INVALID);
        }
        if (cursor.updatedAt.isBefore(EARLIEST) || cursor.updatedAt.isAfter(LATEST) || !cursor.encode().equals(token)) {
            throw new InvalidValueException("cursor", INVALID);
        }
        return cursor;
    }
}
