package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;

/** A label on a note: 1 to 50 characters without white space or control characters. */
public record Tag(String value) {

    public static final int MAX_LENGTH = 50;

    public Tag {
        Check.text("tag", value, 1, MAX_LENGTH);
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            throw new InvalidValueException("tag", "must not contain spaces or control characters: '" + value + "'");
        }
    }
}
