package dev.notesmcp.adapter.jwt;

import dev.notesmcp.domain.token.SigningKey;
import dev.notesmcp.domain.token.SigningKeyRing;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.MalformedJwtException;
import io.jsonwebtoken.UnsupportedJwtException;

import java.security.Key;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Finds the public key an ES256 token names by {@code kid} among our accepted keys. The header's
 * {@code alg} is checked before any key is chosen, so a token cannot pick how our key is used
 * (RFC 8725 §3.1: an HS256 token "signed" with our public key as the secret is refused here).
 * The {@code kid} itself is never echoed: it is the sender's text.
 */
final class SigningKeyLocator extends LocatorAdapter<Key> {

    private final Supplier<SigningKeyRing> keys;
    private final Es256Keys material;
    private final Clock clock;

    SigningKeyLocator(Supplier<SigningKeyRing> keys, Es256Keys material, Clock clock) {
        this.keys = keys;
        this.material = material;
        this.clock = clock;
    }

    @Override
    protected Key locate(JwsHeader header) {
        if (!JwtClaimNames.ES256.equals(header.getAlgorithm())) {
            throw new UnsupportedJwtException("only ES256 is accepted");
        }
        if (header.getKeyId() == null) {
            throw new MalformedJwtException("an ES256 token must name its key (kid)");
        }
        SigningKey key = keys.get().find(header.getKeyId(), clock.instant())
                .orElseThrow(() -> new UnsupportedJwtException("the token's kid is not one of our accepted keys"));
        return material.publicKey(key);
    }
}
