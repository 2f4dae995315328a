package dev.notesmcp.adapter.jwt;

import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.SigningKey;
import dev.notesmcp.domain.token.SigningKeyRing;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.util.Date;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Signs access tokens as JWTs: HS256 with the shared secret, or ES256 with our current key (its {@code kid} in the header). */
public final class JwtAccessTokenSigner implements AccessTokenSigner {

    private final BiFunction<JwtBuilder, AccessTokenClaims, JwtBuilder> signing;

    /** HS256 with {@code JWT_SIGNING_SECRET}. */
    public JwtAccessTokenSigner(JwtSettings settings) {
        SecretKey key = Keys.hmacShaKeyFor(settings.signingSecret());
        this.signing = (builder, claims) -> builder.signWith(key, Jwts.SIG.HS256);
    }

    private JwtAccessTokenSigner(BiFunction<JwtBuilder, AccessTokenClaims, JwtBuilder> signing) {
        this.signing = signing;
    }

    /** ES256 with the key that signs at the token's {@code iat}, as {@code keys} knows them. */
    public static JwtAccessTokenSigner es256(Supplier<SigningKeyRing> keys, Es256Keys material) {
        return new JwtAccessTokenSigner((builder, claims) -> {
            SigningKey key = keys.get().signingKeyAt(claims.issuedAt()).orElseThrow(() ->
                    new IllegalStateException("no ES256 signing key in the store (start-up makes one)"));
            return builder.header().keyId(key.keyId()).and().signWith(material.privateKey(key), Jwts.SIG.ES256);
        });
    }

    @Override
    public String sign(AccessTokenClaims claims) {
        JwtBuilder builder = Jwts.builder()
                .header().type(JwtClaimNames.ACCESS_TOKEN_TYPE).and()
                .issuer(claims.issuer())
                .audience().single(claims.audience())
                .subject(claims.subject().value())
                .id(claims.tokenId())
                .issuedAt(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .claim(JwtClaimNames.CLIENT_ID, claims.clientId())
                .claim(JwtClaimNames.SCOPE, claims.scopes().asString())
                .claim(JwtClaimNames.LOGIN, claims.login());
        return signing.apply(builder, claims).compact();
    }
}
