package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagTest {

    @ParameterizedTest
    @ValueSource(strings = {"work", "a", "c++", "project-x", "2025", "日本語", "caf\u00e9", "\uD83C\uDF89party", "o'brien"})
    void acceptsWordsWithoutSpaces(String value) {
        assertThat(new Tag(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsFiftyCharacters() {
        assertThat(new Tag("t".repeat(50)).value()).hasSize(50);
    }

    @Test
    void refusesFiftyOneCharacters() {
        assertThatThrownBy(() -> new Tag("t".repeat(51)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }

    @Test
    void refusesEmpty() {
        assertThatThrownBy(() -> new Tag(""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new Tag(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", " leading", "trailing ", "tab\there", "new\nline", "cr\rhere", "ideographic\u3000space", "line\u2028separator", "no\u00A0break", "figure\u2007space", "narrow\u202Fspace"})
    void refusesWhiteSpace(String value) {
        assertThatThrownBy(() -> new Tag(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085", "c1\u009b"})
    void refusesControlCharacters(String value) {
        assertThatThrownBy(() -> new Tag(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }
}
