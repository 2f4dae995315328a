package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.domain.oauth.ClientKeys;

import java.util.List;
import java.util.Optional;

/**
 * Verifies {@code private_key_jwt} assertions (RFC 7523 §2.2) with Nimbus JOSE: the
 * {@link AssertionFormat} first (asymmetric algorithms only), then the {@link SigningKeys} of the
 * client's inline or published JWK Set, then the signature; the claims are only read
 * ({@link AssertionClaims}), never judged here. Reasons say what is wrong, never the assertion.
 */
final class JwtClientAssertionVerifier implements ClientAssertionVerifier {

    private final InlineKeySets inline;
    private final PublishedKeySets published;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    JwtClientAssertionVerifier(InlineKeySets inline, PublishedKeySets published) {
        this.inline = inline;
        this.published = published;
    }

    @Override
    public Verification verify(String assertion, ClientKeys keys) {
        try {
            SignedJWT jwt = AssertionFormat.parse(assertion);
            List<JWK> candidates = candidates(jwt.getHeader(), keys);
            checkSignature(jwt, candidates);
            return new Verified(AssertionClaims.read(jwt.getPayload().toBytes()));
        } catch (AssertionRefusedException e) {
            return new Invalid(e.getMessage());
        }
    }

    private List<JWK> candidates(JWSHeader header, ClientKeys keys) throws AssertionRefusedException {
        return switch (keys) {
            case ClientKeys.Inline given -> {
                List<JWK> found = SigningKeys.select(usable(inline.of(given.jwkSet()), "jwks"), header);
                if (found.isEmpty()) {
                    throw noKey(header, "jwks");
                }
                yield found;
            }
            case ClientKeys.Published at -> {
                String source = "jwks_uri " + at.url();
                List<JWK> found = SigningKeys.select(usable(published.current(at.url()), source), header);
                if (found.isEmpty() && header.getKeyID() != null) {
                    // An unknown kid is how a rotated key shows up: look again, within the refetch limit.
                    Optional<ClientKeySet> again = published.refetched(at.url());
                    if (again.isPresent()) {
                        found = SigningKeys.select(usable(again.get(), source), header);
                    }
                }
                if (found.isEmpty()) {
                    throw noKey(header, source);
                }
                yield found;
            }
        };
    }

    private static JWKSet usable(ClientKeySet keys, String source)
            throws AssertionRefusedException {
        return switch (keys) {
            case ClientKeySet.Keys usable -> usable.set();
            case ClientKeySet.Unusable unusable -> throw new AssertionRefusedException(
                    "the client's " + source + " cannot be used: " + unusable.reason());
        };
    }

    private static AssertionRefusedException noKey(JWSHeader header, String source) {
        return new AssertionRefusedException("the client's " + source + " has no " + SigningKeys.wanted(header));
    }

    private void checkSignature(SignedJWT jwt, List<JWK> candidates) throws AssertionRefusedException {
        for (JWK key : candidates) {
            try {
                JWSVerifier verifier = verifiers.createJWSVerifier(jwt.getHeader(), ((AsymmetricJWK) key).toPublicKey());
                if (jwt.verify(verifier)) {
                    return;
                }
            } catch (JOSEException e) {
                // This key cannot check this signature (wrong shape for the algorithm): try the next.
            }
        }
        throw new AssertionRefusedException("its signature does not verify with the client's "
                + (candidates.size() == 1 ? "key" : candidates.size() + " matching keys"));
    }
}
