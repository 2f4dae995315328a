package dev.notesmcp.adapter.jwt;

/** Our claims beyond the registered ones (RFC 9068 names where one exists). */
final class JwtClaimNames {

    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";
    static final String LOGIN = "login";
    static final String HS256 = "HS256";
    static final String ES256 = "ES256";
    /** RFC 9068 §2.1: the {@code typ} header of a JWT access token. */
    static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private JwtClaimNames() {
    }
}
