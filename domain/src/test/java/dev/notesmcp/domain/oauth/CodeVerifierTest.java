package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.notesmcp.domain.oauth.OAuthFixtures.RFC7636_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 7636 §4.1: 43 to 128 characters of ALPHA / DIGIT / "-" / "." / "_" / "~". */
class CodeVerifierTest {

    @Test
    void acceptsTheRfc7636AppendixBVerifier() {
        assertThat(new CodeVerifier(RFC7636_VERIFIER).value()).isEqualTo(RFC7636_VERIFIER);
    }

    @Test
    void acceptsTheShortestAllowedLength() {
        assertThat(new CodeVerifier("a".repeat(43)).value()).hasSize(43);
    }

    @Test
    void acceptsTheLongestAllowedLength() {
        assertThat(new CodeVerifier("a".repeat(128)).value()).hasSize(128);
    }

    @Test
    void acceptsEveryUnreservedCharacter() {
        String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        assertThat(new CodeVerifier(unreserved).value()).isEqualTo(unreserved);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 42, 129, 500})
    void refusesLengthsOutside43To128(int length) {
        assertThatThrownBy(() -> new CodeVerifier("a".repeat(length)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code_verifier"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", "=", " ", "%", "!", "*", "é", "\n", "\u0000"})
    void refusesCharactersOutsideTheUnreservedSet(String bad) {
        String value = "a".repeat(42) + bad;

        assertThatThrownBy(() -> new CodeVerifier(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code_verifier"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String value) {
        assertThatThrownBy(() -> new CodeVerifier(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void printsWithoutItsValue() {
        CodeVerifier verifier = new CodeVerifier(RFC7636_VERIFIER);

        assertThat(verifier.toString()).doesNotContain(RFC7636_VERIFIER).doesNotContain(RFC7636_VERIFIER.substring(0, 8));
    }

    @Test
    void refusalDoesNotEchoTheValue() {
        String value = "secret-verifier-with-a-bad-char+" + "x".repeat(20);

        assertThatThrownBy(() -> new CodeVerifier(value)).message().doesNotContain(value);
    }
}
