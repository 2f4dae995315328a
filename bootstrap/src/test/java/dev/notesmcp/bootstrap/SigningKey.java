package dev.notesmcp.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A client's ES256 key pair, as a private_key_jwt client holds it: the public half in a JWK Set,
 * assertions signed. Nimbus comes through adapters-cimd at compile scope: declaring it here with test
 * scope would drop it from the packaged jar's libs (the nearest declaration wins).
 */
record SigningKey(ECKey key) {

    static SigningKey generate() {
        return generate(UUID.randomUUID().toString());
    }

    /** A new key pair under a chosen key id (an impostor's key may claim the real one's). */
    static SigningKey generate(String keyId) {
        try {
            return new SigningKey(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(keyId).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    String publicJwkSet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A fresh RFC 7523 client assertion: iss = sub = the client, aud = the token endpoint, a new jti. */
    String assertion(String clientId, String audience) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
