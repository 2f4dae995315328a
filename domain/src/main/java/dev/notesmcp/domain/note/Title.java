package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;

/** A note's title: 1 to 200 characters of well-formed text, not only white space. */
public record Title(String value) {

    public static final int MAX_LENGTH = 200;

    public Title {
        Check.text("title", value, 1, MAX_LENGTH);
        if (Check.isBlankToAReader(value)) {
            throw new InvalidValueException("title", "must not be blank");
        }
    }
}
