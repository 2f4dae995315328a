package dev.notesmcp.adapter.jwt;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals our private signing keys for the durable store: AES-256-GCM under a key derived from
 * {@code JWT_SIGNING_SECRET} with HKDF-SHA256 (RFC 5869) and a label of its own, so the stored
 * bytes are useless without the secret and the derived key serves nothing else. The key id is the
 * associated data: a sealed key moved to another row does not open. Layout: version byte, 12-byte
 * random nonce, ciphertext with its 16-byte tag.
 */
public final class PrivateKeyCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "notes-mcp signing keys".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "notes-mcp signing-key encryption v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public PrivateKeyCipher(byte[] jwtSigningSecret) {
        this.key = new SecretKeySpec(hkdfSha256(SALT, jwtSigningSecret, INFO), "AES");
    }

    byte[] seal(String keyId, byte[] privateKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, nonce);
            byte[] sealed = cipher.doFinal(privateKey);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-GCM", e);
        }
    }

    /** The private key, or an exception naming the likely cause (never the bytes). */
    byte[] open(String keyId, byte[] sealed) {
        if (sealed.length <= 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new IllegalStateException("signing key " + keyId + " is not sealed in a form this version reads");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + keyId + " does not open with this JWT_SIGNING_SECRET"
                    + " (was the secret changed? run 'admin keys rotate' to make a key sealed with the current one)");
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** RFC 5869 with SHA-256: one 32-byte output block, T(1) = HMAC(PRK, info || 0x01). */
    static byte[] hkdfSha256(byte[] salt, byte[] inputKeyMaterial, byte[] info) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] pseudoRandomKey = extract.doFinal(inputKeyMaterial);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            expand.update(info);
            expand.update((byte) 1);
            return expand.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "PrivateKeyCipher[***]";
    }
}
