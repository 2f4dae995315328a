package dev.notesmcp.adapter.jwt;

/** Our claims beyond the registered ones (RFC 9068 names where one exists). */
final class JwtClaimNames {

    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";
    static final String LOGIN = "login";
    static final String ALGORITHM = "HS256";

    private JwtClaimNames() {
    }
}
