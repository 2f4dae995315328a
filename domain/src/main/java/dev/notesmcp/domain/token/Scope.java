package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;

/** The permissions a token can carry. */
public enum Scope {
    NOTES_READ("notes:read", "read your notes"),
    NOTES_WRITE("notes:write", "create, change and delete your notes");

    private final String value;
    private final String description;

    Scope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    /** The wire name, as in {@code scope="notes:read"}. */
    public String value() {
        return value;
    }

    /** Plain words for a person deciding whether to grant it. */
    public String description() {
        return description;
    }

    public static Scope fromValue(String value) {
        for (Scope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        // Echo the name only when it can be written back (an ill-formed one would break the JSON answer).
        WellFormedText.require("scope", value == null ? "" : value);
        throw new InvalidValueException("scope", "unknown scope '" + value + "'");
    }
}
