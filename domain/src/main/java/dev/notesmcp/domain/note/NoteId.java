package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;

import java.util.UUID;

/**
 * A note's identity: a random UUID in its canonical lower-case form,
 * {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. Checked by a loop rather
 * than that regular expression: every note read from a store and every id a tool is given passes here.
 */
public record NoteId(String value) implements Comparable<NoteId> {

    private static final int LENGTH = 36;

    public NoteId {
        if (!isCanonicalUuid(value)) {
            throw new InvalidValueException("id", "must be a note id as returned by create_note or list_notes");
        }
    }

    private static boolean isCanonicalUuid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!valid) {
                return false;
            }
        }
        return true;
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
