package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"c", "client-1", "A.b_c~d-e", "mcp_7f3a9c"})
    void acceptsUrlSafeIds(String value) {
        assertThat(new ClientId(value).value()).isEqualTo(value);
    }

    @Test
    void theLoopAcceptsExactlyWhatTheUrlSafePatternMatches() {
        // Characters on both sides of every range of [A-Za-z0-9._~-], and lengths around 1 and 128.
        String alphabet = "AZaz09._~-@/:`{[^ é\u0000";
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261203);
        for (int i = 0; i < 50_000; i++) {
            int length = random.nextBoolean() ? random.nextInt(4) : random.nextInt(125, 132);
            StringBuilder value = new StringBuilder();
            for (int j = 0; j < length; j++) {
                value.append(random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String candidate = value.toString();
            assertThat(ClientId.isUrlSafe(candidate)).as(candidate)
                    .isEqualTo(ClientId.urlSafePattern().matcher(candidate).matches());
        }
    }

    @Test
    void acceptsAUuidAndAnOpaqueToken() {
        assertThat(new ClientId(UUID.randomUUID().toString())).isNotNull();
        assertThat(new ClientId(OpaqueToken.random().value())).isNotNull();
    }

    @Test
    void acceptsUpTo128Characters() {
        assertThat(new ClientId("a".repeat(128)).value()).hasSize(128);
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThatThrownBy(() -> new ClientId("a".repeat(129))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "client 1", "client/1", "client:1", "client%201", "client+1", "client=", "a&b", "é", "a\nb"})
    void refusesAnythingNotUrlSafe(String value) {
        assertThatThrownBy(() -> new ClientId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("client_id"));
    }

    @Test
    void printsAsItsValue() {
        assertThat(new ClientId("client-1")).hasToString("client-1");
    }

    @Test
    void equalWhenSameValue() {
        assertThat(new ClientId("client-1")).isEqualTo(new ClientId("client-1")).isNotEqualTo(new ClientId("Client-1"));
    }
}
