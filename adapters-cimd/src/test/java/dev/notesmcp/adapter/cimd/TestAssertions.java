package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.opts.AllowWeakRSAKey;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.notesmcp.domain.oauth.ClientKeys;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

/** Client keys made with Nimbus's generators, and assertions signed with them. */
final class TestAssertions {

    static final String CLIENT = "https://app.example/client.json";
    static final String TOKEN_ENDPOINT = "https://notes.example/token";
    static final RSAKey RSA = rsa("rsa-1");
    static final ECKey EC = ec(Curve.P_256, "ec-1");

    private TestAssertions() {
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ec(Curve curve, String kid) {
        try {
            return new ECKeyGenerator(curve).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a good assertion, as JSON: iss = sub = the client, our token endpoint, 5 minutes. */
    static String claims() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + CLIENT + "\",\"sub\":\"" + CLIENT + "\",\"aud\":\"" + TOKEN_ENDPOINT + "\","
                + "\"exp\":" + (now + 300) + ",\"iat\":" + now + ",\"jti\":\"" + now + "-" + System.nanoTime() + "\"}";
    }

    static String signed(JWK key, JWSAlgorithm alg) {
        return signed(key, new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), claims());
    }

    static String signed(JWK key, JWSHeader header, String payload) {
        try {
            // Weak RSA keys too: the verifier must be the one that refuses them.
            JWSSigner signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa, Set.of(AllowWeakRSAKey.getInstance())) : new ECDSASigner((ECKey) key);
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public halves of {@code keys}, as a JWK Set's JSON text. */
    static String publicSet(JWK... keys) {
        return new JWKSet(Arrays.stream(keys).map(JWK::toPublicJWK).toList()).toString();
    }

    static ClientKeys.Inline inline(JWK... keys) {
        return new ClientKeys.Inline(publicSet(keys));
    }
}
