package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.regex.Pattern;

/** A PKCE code verifier: 43–128 unreserved characters (RFC 7636 §4.1). */
public record CodeVerifier(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    public CodeVerifier {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("code_verifier", "must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
    }

    @Override
    public String toString() {
        return "CodeVerifier[***]";
    }
}
