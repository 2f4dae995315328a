package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenHashTest {

    @Test
    void isTheBase64UrlSha256OfTheSecret() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        assertThat(TokenHash.of("abc").value()).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void matchesItsSecret() {
        String secret = OpaqueToken.random().value();

        assertThat(TokenHash.of(secret).matches(secret)).isTrue();
    }

    @Test
    void isStableForTheSameSecret() {
        assertThat(TokenHash.of("s3cret")).isEqualTo(TokenHash.of("s3cret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s3cre", "s3cret ", " s3cret", "S3CRET", "s3cret\n", "s3cret2"})
    void doesNotMatchAnotherSecret(String other) {
        assertThat(TokenHash.of("s3cret").matches(other)).isFalse();
    }

    @Test
    void doesNotMatchNull() {
        assertThat(TokenHash.of("s3cret").matches(null)).isFalse();
    }

    @Test
    void doesNotMatchItsOwnHashPresentedAsTheSecret() {
        TokenHash hash = TokenHash.of("s3cret");

        assertThat(hash.matches(hash.value())).isFalse();
    }

    @Test
    void isNeverTheRawValue() {
        for (int i = 0; i < 20; i++) {
            String secret = OpaqueToken.random().value();
            TokenHash hash = TokenHash.of(secret);

            assertThat(hash.value()).isNotEqualTo(secret).doesNotContain(secret.substring(0, 10));
            assertThat(hash.toString()).doesNotContain(secret);
        }
    }

    @Test
    void differentSecretsHashDifferently() {
        assertThat(TokenHash.of("secret-a")).isNotEqualTo(TokenHash.of("secret-b"));
    }

    @Test
    void hashesNonAsciiSecrets() {
        assertThat(TokenHash.of("pässwörd").matches("pässwörd")).isTrue();
        assertThat(TokenHash.of("pässwörd").matches("passwort")).isFalse();
    }

    @Test
    void readsBackAStoredValue() {
        TokenHash hash = TokenHash.of("s3cret");

        assertThat(new TokenHash(hash.value()).matches("s3cret")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa", "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0="})
    void refusesAnythingButADigestLength(String value) {
        assertThatThrownBy(() -> new TokenHash(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("hash"));
    }
}
