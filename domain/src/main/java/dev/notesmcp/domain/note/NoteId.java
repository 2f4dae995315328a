package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;

import java.util.UUID;
import java.util.regex.Pattern;

/** A note's identity: a random UUID in its canonical lower-case form. */
public record NoteId(String value) implements Comparable<NoteId> {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public NoteId {
        if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
            throw new InvalidValueException("id", "must be a note id as returned by create_note or list_notes");
        }
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(NoteId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
