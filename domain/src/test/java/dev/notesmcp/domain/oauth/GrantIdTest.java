package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantIdTest {

    @Test
    void randomIdsAreDistinct() {
        Set<GrantId> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(GrantId.random());
        }

        assertThat(seen).hasSize(1_000);
    }

    @Test
    void randomIdIsValid() {
        GrantId id = GrantId.random();

        assertThat(new GrantId(id.value())).isEqualTo(id);
    }

    @Test
    void acceptsUpTo64Characters() {
        assertThat(new GrantId("g".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesBlank(String value) {
        assertThatThrownBy(() -> new GrantId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("grant"));
    }

    @Test
    void refusesMoreThan64Characters() {
        assertThatThrownBy(() -> new GrantId("g".repeat(65))).isInstanceOf(InvalidValueException.class);
    }
}
