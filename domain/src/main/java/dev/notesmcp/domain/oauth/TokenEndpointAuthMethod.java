package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

/** How a client authenticates at the token and revocation endpoints (RFC 7591 §2). */
public enum TokenEndpointAuthMethod {
    /** A public client (PKCE is its proof). */
    NONE("none"),
    CLIENT_SECRET_POST("client_secret_post"),
    CLIENT_SECRET_BASIC("client_secret_basic"),
    /**
     * A JWT signed with the client's private key (RFC 7523 §2.2), verified against the keys its
     * metadata document names; only a client ID metadata document client uses it here.
     */
    PRIVATE_KEY_JWT("private_key_jwt");

    private final String value;

    TokenEndpointAuthMethod(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public boolean isConfidential() {
        return this != NONE;
    }

    /** Whether the client proves itself with a secret we issued (and keep as a hash). */
    public boolean usesSharedSecret() {
        return this == CLIENT_SECRET_POST || this == CLIENT_SECRET_BASIC;
    }

    public static TokenEndpointAuthMethod fromValue(String value) {
        for (TokenEndpointAuthMethod method : values()) {
            if (method.value.equals(value)) {
                return method;
            }
        }
        throw new InvalidValueException("token_endpoint_auth_method",
                "must be none, client_secret_post, client_secret_basic or private_key_jwt");
    }
}
