package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

/** How a client authenticates at the token and revocation endpoints (RFC 7591 §2). */
public enum TokenEndpointAuthMethod {
    /** A public client (PKCE is its proof). */
    NONE("none"),
    CLIENT_SECRET_POST("client_secret_post"),
    CLIENT_SECRET_BASIC("client_secret_basic");

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

    public static TokenEndpointAuthMethod fromValue(String value) {
        for (TokenEndpointAuthMethod method : values()) {
            if (method.value.equals(value)) {
                return method;
            }
        }
        throw new InvalidValueException("token_endpoint_auth_method",
                "must be none, client_secret_post or client_secret_basic");
    }
}
