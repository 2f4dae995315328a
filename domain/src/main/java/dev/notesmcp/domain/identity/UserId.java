package dev.notesmcp.domain.identity;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;

/**
 * Who a user is to us: {@code <provider>:<upstream id>}, e.g. {@code github:1234567}. It is the
 * access token's {@code sub} and the owner of every note.
 */
public record UserId(String value) {

    private static final int MAX_LENGTH = 255;

    public UserId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("sub", "is required");
        }
        WellFormedText.require("sub", value);
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1 || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("sub", "must look like <provider>:<id>");
        }
    }

    public static UserId of(String provider, String upstreamId) {
        return new UserId(provider + ":" + upstreamId);
    }

    public String provider() {
        return value.substring(0, value.indexOf(':'));
    }

    @Override
    public String toString() {
        return value;
    }
}
