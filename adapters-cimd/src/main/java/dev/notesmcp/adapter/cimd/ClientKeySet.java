package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.text.ParseException;

/**
 * A client's JWK Set as far as checking its signatures goes: public keys, or why there are none
 * to use. A set holding any private or secret part (RSA or EC {@code d}, RSA {@code p}, {@code q}…,
 * a symmetric {@code oct} key) is refused whole: a document publishes public keys only, and one
 * that leaks a private key proves nothing about who signs with it.
 */
sealed interface ClientKeySet {

    record Keys(JWKSet set) implements ClientKeySet {
    }

    record Unusable(String reason) implements ClientKeySet {
    }

    /** Reads a JWK Set (RFC 7517 §5) from its JSON text. Keys of a type Nimbus does not know are skipped. */
    static ClientKeySet read(String json) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            return new Unusable("it is not a valid JWK Set (RFC 7517 section 5: a JSON object with a keys array of JWKs)");
        }
        if (set.getKeys().stream().anyMatch(JWK::isPrivate)) {
            return new Unusable("it holds private or secret key material (d, p, q or a symmetric oct key);"
                    + " a client publishes its public keys only");
        }
        if (set.getKeys().isEmpty()) {
            return new Unusable("it has no keys");
        }
        return new Keys(set);
    }
}
