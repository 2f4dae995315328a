package dev.notesmcp.adapter.jwt.archfixture;

import io.jsonwebtoken.Jwts;

import java.util.Date;

/** jjwt and its java.util.Date where both belong. */
public final class JwtAdapterUsingJjwtAndDate {

    public Object builder(Date issuedAt) {
        return Jwts.builder().issuedAt(issuedAt);
    }
}
