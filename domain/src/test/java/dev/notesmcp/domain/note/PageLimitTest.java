package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageLimitTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void acceptsOneToOneHundred(int value) {
        assertThat(new PageLimit(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
    void refusesOutsideOneToOneHundred(int value) {
        assertThatThrownBy(() -> new PageLimit(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void defaultsToTwenty() {
        assertThat(PageLimit.DEFAULT).isEqualTo(new PageLimit(20));
    }
}
