package dev.notesmcp.adapter.jwt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivateKeyCipherTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PRIVATE_KEY = "a private key, PKCS#8 in real life".getBytes(StandardCharsets.UTF_8);

    /** RFC 5869 Appendix A.1: the first 32 bytes of OKM are T(1). */
    @Test
    void hkdfMatchesTheRfc5869TestVector() {
        HexFormat hex = HexFormat.of();
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);

        byte[] okm = PrivateKeyCipher.hkdfSha256(hex.parseHex("000102030405060708090a0b0c"), ikm,
                hex.parseHex("f0f1f2f3f4f5f6f7f8f9"));

        assertThat(hex.formatHex(okm)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }

    @Test
    void aSealedKeyOpensWithTheSameSecretAndKeyIdAndShowsNothingOfTheKey() {
        PrivateKeyCipher cipher = new PrivateKeyCipher(SECRET);

        byte[] sealed = cipher.seal("kid-1", PRIVATE_KEY);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key");
        assertThat(cipher.open("kid-1", sealed)).isEqualTo(PRIVATE_KEY);
        assertThat(new PrivateKeyCipher(SECRET).open("kid-1", sealed)).as("another instance, same secret")
                .isEqualTo(PRIVATE_KEY);
        assertThat(cipher.seal("kid-1", PRIVATE_KEY)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void anotherSecretOrAnotherKeyIdOrATamperedByteDoesNotOpenIt() {
        byte[] sealed = new PrivateKeyCipher(SECRET).seal("kid-1", PRIVATE_KEY);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        PrivateKeyCipher other = new PrivateKeyCipher("another secret, also 32 bytes long!".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> other.open("kid-1", sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_SIGNING_SECRET").hasMessageContaining("admin keys rotate");
        assertThatThrownBy(() -> new PrivateKeyCipher(SECRET).open("kid-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PrivateKeyCipher(SECRET).open("kid-1", tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(new PrivateKeyCipher(SECRET).toString()).doesNotContain("0123");
    }
}
