package dev.notesmcp.adapter.jwt;

import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import java.time.Clock;
import java.util.Date;

/**
 * Verifies our HS256 access tokens: signature, algorithm (exactly HS256; unsigned {@code alg:none}
 * tokens are refused by {@code parseSignedClaims}), issuer, audience and expiry, with each claim of
 * its JSON type ({@link ClaimTypes}).
 */
public final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    private final JwtParser parser;
    private final Clock clock;

    public JwtAccessTokenVerifier(JwtSettings settings, Clock clock) {
        this.clock = clock;
        this.parser = Jwts.parser()
                .json(ClaimTypes.enforced())
                .verifyWith(Keys.hmacShaKeyFor(settings.signingSecret()))
                .requireIssuer(settings.issuer())
                .requireAudience(settings.audience())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public TokenVerification verify(String token) {
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            // A longer shared secret would also verify HS384/HS512; we only ever issue HS256.
            if (!JwtClaimNames.ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
                return TokenVerification.rejected("algorithm " + jws.getHeader().getAlgorithm() + " is not accepted");
            }
            if (!JwtClaimNames.ACCESS_TOKEN_TYPE.equals(jws.getHeader().getType())) {
                return TokenVerification.rejected("not an access token (typ " + jws.getHeader().getType() + ")");
            }
            AccessTokenClaims claims = toClaims(jws.getPayload());
            // jjwt accepts a token at exactly its exp; RFC 7519 §4.1.4 says "on or after" is expired.
            if (claims.isExpiredAt(clock.instant())) {
                return TokenVerification.rejected("token expired");
            }
            return new TokenVerification.Verified(claims);
        } catch (ExpiredJwtException e) {
            return TokenVerification.rejected("token expired");
        } catch (JwtException | IllegalArgumentException e) {
            // The message describes the token, never the key, so it is safe for the log.
            return TokenVerification.rejected(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static AccessTokenClaims toClaims(Claims claims) {
        if (claims.getExpiration() == null || claims.getIssuedAt() == null) {
            throw new IllegalArgumentException("exp and iat are required");
        }
        if (claims.getAudience().size() != 1) {
            throw new IllegalArgumentException("exactly one audience is expected");
        }
        return new AccessTokenClaims(
                claims.getIssuer(),
                claims.getAudience().iterator().next(),
                new UserId(claims.getSubject()),
                claims.get(JwtClaimNames.CLIENT_ID, String.class),
                Scopes.parse(claims.get(JwtClaimNames.SCOPE, String.class)),
                claims.getId(),
                claims.getIssuedAt().toInstant(),
                claims.getExpiration().toInstant(),
                claims.get(JwtClaimNames.LOGIN, String.class));
    }
}
