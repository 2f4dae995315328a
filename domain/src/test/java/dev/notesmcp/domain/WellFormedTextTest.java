package dev.notesmcp.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WellFormedTextTest {

    /** Strings no store can keep faithfully and no UTF-8 writer can write. */
    static Stream<Arguments> illFormed() {
        return Stream.of(
                Arguments.of("lone high surrogate", "lone \uD800 surrogate", "U+D800 at character 6"),
                Arguments.of("lone low surrogate", "x\uDFFFy", "U+DFFF at character 2"),
                Arguments.of("high surrogate at the end", "end\uD83D", "U+D83D at character 4"),
                Arguments.of("low surrogate at the start", "\uDCDDstart", "U+DCDD at character 1"),
                Arguments.of("reversed pair", "\uDCDD\uD83D", "U+DCDD at character 1"),
                Arguments.of("two high surrogates", "\uD83D\uD83D\uDCDD", "U+D83D at character 1"),
                Arguments.of("NUL", "a\u0000b", "NUL (U+0000)"),
                Arguments.of("only NUL", "\u0000", "NUL (U+0000)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illFormed")
    void refusesIllFormedTextNamingTheFieldAndWhere(String description, String text, String where) {
        assertThatThrownBy(() -> WellFormedText.require("title", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.getMessage()).contains(where);
                    // The message must be writable as UTF-8 itself: it never repeats the text.
                    assertThat(WellFormedText.is(e.getMessage())).isTrue();
                });
        assertThat(WellFormedText.is(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "caf\u00e9", "\uD83D\uDCDD note", "\uD83D\uDE00\uD83D\uDE00", "\uD834\uDD1E clef",
            "\u4E2D\u6587", "tab\tand\nnewline", "\uFFFD replacement", "\uFEFF bom", "\uDBFF\uDFFF last"})
    void acceptsWellFormedTextIncludingAstralCharacters(String text) {
        assertThat(WellFormedText.require("title", text)).isSameAs(text);
        assertThat(WellFormedText.is(text)).isTrue();
        // Well-formed means it survives UTF-8 unchanged, as in every store and JSON answer.
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
