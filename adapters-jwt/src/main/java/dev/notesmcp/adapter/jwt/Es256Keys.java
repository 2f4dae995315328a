package dev.notesmcp.adapter.jwt;

import dev.notesmcp.application.port.out.SigningKeyGenerator;
import dev.notesmcp.domain.token.SigningKey;
import io.jsonwebtoken.security.Jwks;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our ES256 key pairs (P-256): made here, sealed with {@link PrivateKeyCipher}, and opened again
 * by key id, once each (keys are few and never change under one id). The key id is the key's
 * RFC 7638 JWK thumbprint, so it names the public key and nothing else.
 */
public final class Es256Keys implements SigningKeyGenerator {

    private final PrivateKeyCipher cipher;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    public Es256Keys(PrivateKeyCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public SigningKey generate(Instant createdAt, Instant activeFrom) {
        KeyPair pair = newKeyPair();
        String keyId = Jwks.builder().key((ECPublicKey) pair.getPublic()).build().thumbprint().toString();
        return SigningKey.created(keyId, createdAt, activeFrom, pair.getPublic().getEncoded(),
                cipher.seal(keyId, pair.getPrivate().getEncoded()));
    }

    PublicKey publicKey(SigningKey key) {
        return publicKeys.computeIfAbsent(key.keyId(), id -> decode(() ->
                ecKeys().generatePublic(new X509EncodedKeySpec(key.publicKey()))));
    }

    PrivateKey privateKey(SigningKey key) {
        return privateKeys.computeIfAbsent(key.keyId(), id -> decode(() ->
                ecKeys().generatePrivate(new PKCS8EncodedKeySpec(cipher.open(id, key.encryptedPrivateKey())))));
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has P-256", e);
        }
    }

    private static KeyFactory ecKeys() throws GeneralSecurityException {
        return KeyFactory.getInstance("EC");
    }

    private static <K> K decode(KeyDecoding<K> decoding) {
        try {
            return decoding.decode();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key is not a P-256 key", e);
        }
    }

    private interface KeyDecoding<K> {
        K decode() throws GeneralSecurityException;
    }
}
