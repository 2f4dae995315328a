package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.regex.Pattern;

/** A registered client's identifier: issued by us, URL-safe, 1–128 characters. */
public record ClientId(String value) {

    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    public ClientId {
        if (value == null || !URL_SAFE.matcher(value).matches()) {
            throw new InvalidValueException("client_id", "is not a client id issued by this server");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
