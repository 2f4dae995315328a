package dev.notesmcp.domain.oauth;

/** The error codes of RFC 6749 §4.1.2.1 / §5.2, RFC 7009 and RFC 7591 §3.2.2 that we answer with. */
public enum OAuthErrorCode {
    INVALID_REQUEST("invalid_request", 400),
    INVALID_CLIENT("invalid_client", 401),
    INVALID_GRANT("invalid_grant", 400),
    UNAUTHORIZED_CLIENT("unauthorized_client", 400),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 400),
    UNSUPPORTED_TOKEN_TYPE("unsupported_token_type", 400),
    INVALID_SCOPE("invalid_scope", 400),
    INVALID_TARGET("invalid_target", 400),
    ACCESS_DENIED("access_denied", 403),
    SERVER_ERROR("server_error", 500),
    TEMPORARILY_UNAVAILABLE("temporarily_unavailable", 503),
    INVALID_REDIRECT_URI("invalid_redirect_uri", 400),
    INVALID_CLIENT_METADATA("invalid_client_metadata", 400);

    private final String value;
    private final int httpStatus;

    OAuthErrorCode(String value, int httpStatus) {
        this.value = value;
        this.httpStatus = httpStatus;
    }

    /** The wire name, e.g. {@code invalid_grant}. */
    public String value() {
        return value;
    }

    /** The status a JSON error response carries (RFC 6749 §5.2: 400, or 401 for client authentication). */
    public int httpStatus() {
        return httpStatus;
    }
}
