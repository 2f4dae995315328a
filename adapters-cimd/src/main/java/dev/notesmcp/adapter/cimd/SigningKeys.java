package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;

import java.util.List;

/**
 * The keys of a set that may have signed a JWS with this header: its {@code kid} when it names
 * one (else every key), of the algorithm's key type, {@code use} {@code sig} or unset, {@code alg}
 * the header's or unset, an EC key on the algorithm's curve, an RSA key of at least
 * {@value #MIN_RSA_BITS} bits (RFC 7518 §3.3).
 */
final class SigningKeys {

    static final int MIN_RSA_BITS = 2048;

    private SigningKeys() {
    }

    static List<JWK> select(JWKSet set, JWSHeader header) {
        JWSAlgorithm alg = header.getAlgorithm();
        JWKMatcher.Builder matcher = new JWKMatcher.Builder()
                .keyType(KeyType.forAlgorithm(alg))
                .keyID(header.getKeyID())
                .keyUses(KeyUse.SIGNATURE, null)
                .algorithms(alg, null);
        if (JWSAlgorithm.Family.EC.contains(alg)) {
            matcher.curves(Curve.forJWSAlgorithm(alg));
        } else {
            matcher.minKeySize(MIN_RSA_BITS);
        }
        return new JWKSelector(matcher.build()).select(set);
    }

    /** Says which key was looked for, for a reason: the algorithm, and the kid when there is one. */
    static String wanted(JWSHeader header) {
        JWSAlgorithm alg = header.getAlgorithm();
        String key = (JWSAlgorithm.Family.EC.contains(alg) ? "EC" : "RSA (at least " + MIN_RSA_BITS + " bits)")
                + " signing key for " + alg;
        return header.getKeyID() == null ? key : key + " with kid " + Printable.of(header.getKeyID());
    }
}
