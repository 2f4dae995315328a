package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.notesmcp.domain.oauth.OAuthFixtures.RFC7636_CHALLENGE;
import static dev.notesmcp.domain.oauth.OAuthFixtures.RFC7636_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PKCE S256 (RFC 7636 §4.2, §4.6); plain refused (OAuth 2.1 §4.1.1). */
class CodeChallengeTest {

    private static final CodeVerifier VERIFIER = new CodeVerifier(RFC7636_VERIFIER);

    @Test
    void s256OfTheRfc7636AppendixBVerifierIsItsChallenge() {
        assertThat(CodeChallenge.s256(VERIFIER).value()).isEqualTo(RFC7636_CHALLENGE);
    }

    @Test
    void theRfc7636AppendixBChallengeMatchesItsVerifier() {
        CodeChallenge challenge = CodeChallenge.of(RFC7636_CHALLENGE, "S256");

        assertThat(challenge.matches(VERIFIER)).isTrue();
    }

    @Test
    void aWrongVerifierDoesNotMatch() {
        CodeChallenge challenge = CodeChallenge.of(RFC7636_CHALLENGE, "S256");

        assertThat(challenge.matches(new CodeVerifier("a".repeat(43)))).isFalse();
    }

    @Test
    void aVerifierDifferingInOneCharacterDoesNotMatch() {
        String almost = RFC7636_VERIFIER.substring(0, RFC7636_VERIFIER.length() - 1) + "j";

        assertThat(new CodeChallenge(RFC7636_CHALLENGE).matches(new CodeVerifier(almost))).isFalse();
    }

    @Test
    void theChallengeItselfPresentedAsVerifierDoesNotMatch() {
        CodeChallenge challenge = new CodeChallenge(RFC7636_CHALLENGE);

        assertThat(challenge.matches(new CodeVerifier(RFC7636_CHALLENGE))).isFalse();
    }

    @Test
    void aPlainStyleChallengeEqualToTheVerifierDoesNotMatchIt() {
        // A client that sends its verifier as the challenge (plain) but labels it S256 gains nothing.
        CodeChallenge challenge = CodeChallenge.of(RFC7636_VERIFIER, "S256");

        assertThat(challenge.matches(VERIFIER)).isFalse();
    }

    @Test
    void s256RoundTripsForFreshVerifiers() {
        for (int i = 0; i < 20; i++) {
            CodeVerifier verifier = new CodeVerifier(OpaqueToken.random().value());

            assertThat(CodeChallenge.s256(verifier).matches(verifier)).isTrue();
        }
    }

    @Test
    void s256WorksForALongestVerifier() {
        CodeVerifier verifier = new CodeVerifier("~".repeat(128));

        assertThat(CodeChallenge.s256(verifier).value()).hasSize(43);
        assertThat(CodeChallenge.s256(verifier).matches(verifier)).isTrue();
    }

    @Test
    void methodNameIsS256() {
        assertThat(CodeChallenge.METHOD).isEqualTo("S256");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "PLAIN", "s256", "S512", "SHA256", "S256 "})
    void refusesEveryMethodButS256(String method) {
        assertThatThrownBy(() -> CodeChallenge.of(RFC7636_CHALLENGE, method))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("code_challenge_method"));
    }

    @Test
    void refusesPlainEvenWhenTheValueWouldBeAValidPlainChallenge() {
        assertThatThrownBy(() -> CodeChallenge.of(RFC7636_VERIFIER, "plain"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("plain");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 42, 44, 128})
    void refusesLengthsOtherThan43(int length) {
        assertThatThrownBy(() -> CodeChallenge.of("A".repeat(length), "S256"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("code_challenge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", "=", ".", "~", " ", "%"})
    void refusesCharactersOutsideBase64Url(String bad) {
        String value = RFC7636_CHALLENGE.substring(0, 42) + bad;

        assertThatThrownBy(() -> new CodeChallenge(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAPaddedChallenge() {
        assertThatThrownBy(() -> new CodeChallenge(RFC7636_CHALLENGE + "="))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesStandardBase64InsteadOfBase64Url() {
        String standard = RFC7636_CHALLENGE.replace('-', '+').replace('_', '/');

        assertThatThrownBy(() -> new CodeChallenge(standard)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String value) {
        assertThatThrownBy(() -> new CodeChallenge(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalWhenSameValue() {
        assertThat(CodeChallenge.of(RFC7636_CHALLENGE, "S256")).isEqualTo(CodeChallenge.s256(VERIFIER));
    }
}
