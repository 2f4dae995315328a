package dev.notesmcp.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidValueExceptionTest {

    @Test
    void namesTheFieldAndTheRule() {
        InvalidValueException e = new InvalidValueException("title", "must not be blank");

        assertThat(e.field()).isEqualTo("title");
        assertThat(e).hasMessage("title: must not be blank");
    }

    @Test
    void isAnIllegalArgument() {
        assertThat(new InvalidValueException("f", "m")).isInstanceOf(IllegalArgumentException.class);
    }
}
