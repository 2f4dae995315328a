package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.UUID;

/**
 * One authorization: what a user allowed one client at one login. The code, every access token
 * and every refresh token issued from it carry this id, so it can be revoked as a whole.
 */
public record GrantId(String value) {

    public GrantId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new InvalidValueException("grant", "is not a grant id");
        }
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID().toString());
    }
}
