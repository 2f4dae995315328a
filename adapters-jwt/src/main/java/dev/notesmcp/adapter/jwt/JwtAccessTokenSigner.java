package dev.notesmcp.adapter.jwt;

import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.util.Date;

/** Signs access tokens as HS256 JWTs. */
public final class JwtAccessTokenSigner implements AccessTokenSigner {

    private final SecretKey key;

    public JwtAccessTokenSigner(JwtSettings settings) {
        this.key = Keys.hmacShaKeyFor(settings.signingSecret());
    }

    @Override
    public String sign(AccessTokenClaims claims) {
        return Jwts.builder()
                .header().type(JwtClaimNames.ACCESS_TOKEN_TYPE).and()
                .issuer(claims.issuer())
                .audience().single(claims.audience())
                .subject(claims.subject().value())
                .id(claims.tokenId())
                .issuedAt(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .claim(JwtClaimNames.CLIENT_ID, claims.clientId())
                .claim(JwtClaimNames.SCOPE, claims.scopes().asString())
                .claim(JwtClaimNames.LOGIN, claims.login())
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }
}
