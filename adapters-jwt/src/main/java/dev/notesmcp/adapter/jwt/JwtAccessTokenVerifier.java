package dev.notesmcp.adapter.jwt;

import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.SigningKeyRing;
import dev.notesmcp.domain.token.TokenVerification;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import java.time.Clock;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Verifies our access tokens: signature, algorithm (exactly the one we issue, HS256 or ES256;
 * unsigned {@code alg:none} tokens are refused by {@code parseSignedClaims}), issuer, audience and
 * expiry, with each claim of its JSON type ({@link ClaimTypes}). With ES256 the key is the one the
 * token's {@code kid} names among our accepted keys ({@link SigningKeyLocator}).
 */
public final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    private final JwtParser parser;
    private final String algorithm;
    private final Clock clock;

    /** HS256 with {@code JWT_SIGNING_SECRET}. */
    public JwtAccessTokenVerifier(JwtSettings settings, Clock clock) {
        this(parser(settings, clock).verifyWith(Keys.hmacShaKeyFor(settings.signingSecret())).build(),
                JwtClaimNames.HS256, clock);
    }

    private JwtAccessTokenVerifier(JwtParser parser, String algorithm, Clock clock) {
        this.parser = parser;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    /** ES256 with the accepted key the token names ({@code keys} as re-read by the cache). */
    public static JwtAccessTokenVerifier es256(JwtSettings settings, Supplier<SigningKeyRing> keys, Es256Keys material,
                                               Clock clock) {
        return new JwtAccessTokenVerifier(parser(settings, clock)
                .keyLocator(new SigningKeyLocator(keys, material, clock)).build(), JwtClaimNames.ES256, clock);
    }

    private static JwtParserBuilder parser(JwtSettings settings, Clock clock) {
        return Jwts.parser()
                .json(ClaimTypes.enforced())
                .requireIssuer(settings.issuer())
                .requireAudience(settings.audience())
                .clock(() -> Date.from(clock.instant()));
    }

    @Override
    public TokenVerification verify(String token) {
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            // A longer shared secret would also verify HS384/HS512; we only ever issue one algorithm.
            if (!algorithm.equals(jws.getHeader().getAlgorithm())) {
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
