package dev.notesmcp.domain.identity;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserIdTest {

    @Test
    void acceptsProviderColonId() {
        assertThat(new UserId("github:1234567").value()).isEqualTo("github:1234567");
    }

    @Test
    void buildsFromProviderAndUpstreamId() {
        assertThat(UserId.of("github", "42")).isEqualTo(new UserId("github:42"));
    }

    @Test
    void knowsItsProvider() {
        assertThat(new UserId("gitlab:99").provider()).isEqualTo("gitlab");
    }

    @Test
    void theProviderEndsAtTheFirstColon() {
        UserId id = new UserId("dev:alice:work");

        assertThat(id.provider()).isEqualTo("dev");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "github", ":1234567", "github:", ":"})
    void refusesAnythingButProviderColonId(String value) {
        assertThatThrownBy(() -> new UserId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sub"));
    }

    @Test
    void acceptsTwoHundredFiftyFiveCharacters() {
        String value = "github:" + "9".repeat(255 - 7);
        assertThat(new UserId(value).value()).hasSize(255);
    }

    @Test
    void refusesTwoHundredFiftySixCharacters() {
        assertThatThrownBy(() -> new UserId("github:" + "9".repeat(256 - 7)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sub"));
    }

    @Test
    void printsAsItsValue() {
        assertThat(new UserId("github:1")).hasToString("github:1");
    }

    @Test
    void equalWhenSameValue() {
        assertThat(new UserId("github:1")).isEqualTo(UserId.of("github", "1")).isNotEqualTo(new UserId("gitlab:1"));
    }
}
