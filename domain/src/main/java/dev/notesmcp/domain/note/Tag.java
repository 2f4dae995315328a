package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;

/** A label on a note: 1 to 50 characters without white space or control characters. */
public record Tag(String value) {

    public static final int MAX_LENGTH = 50;

    public Tag {
        Check.text("tag", value, 1, MAX_LENGTH);
        if (hasSpaceOrControl(value)) {
            throw new InvalidValueException("tag", "must not contain spaces or control characters: '" + value + "'");
        }
    }

    /** A loop, not a stream of code points: every tag of every note read back from PostgreSQL passes here. */
    private static boolean hasSpaceOrControl(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
