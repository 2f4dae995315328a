package dev.notesmcp.adapter.http.archfixture;

import io.jsonwebtoken.Jwts;

/** The web adapter parsing JWTs itself instead of going through the JWT adapter's port. */
public final class HttpAdapterUsingJjwt {

    public Object parser() {
        return Jwts.parser();
    }
}
