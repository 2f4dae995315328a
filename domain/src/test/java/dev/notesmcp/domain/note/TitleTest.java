package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleTest {

    private static final String EMOJI = "\uD83D\uDCDD"; // 📝, two UTF-16 chars, one code point

    @Test
    void acceptsOneCharacter() {
        assertThat(new Title("a").value()).isEqualTo("a");
    }

    @Test
    void acceptsTwoHundredCharacters() {
        String value = "t".repeat(200);
        assertThat(new Title(value).value()).isEqualTo(value);
    }

    @Test
    void refusesTwoHundredAndOneCharacters() {
        assertThatThrownBy(() -> new Title("t".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("201")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("title");
    }

    @Test
    void refusesEmpty() {
        assertThatThrownBy(() -> new Title(""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new Title(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t", "\n", " \r\n\t ", "\u00A0", "\u3000 \u2007", "\u202F\u2028"})
    void refusesBlank(String blank) {
        assertThatThrownBy(() -> new Title(blank))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0x", " \uD83E\uDD8A ", "\u3000\u00B7"})
    void acceptsAnythingAReaderSeesBesideSpaces(String title) {
        assertThat(new Title(title).value()).isEqualTo(title);
    }

    @Test
    void keepsSurroundingSpacesVerbatim() {
        assertThat(new Title("  padded  ").value()).isEqualTo("  padded  ");
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        String twoHundredEmoji = EMOJI.repeat(200);
        assertThat(twoHundredEmoji).hasSize(400);

        assertThat(new Title(twoHundredEmoji).value()).isEqualTo(twoHundredEmoji);
    }

    @Test
    void refusesTwoHundredAndOneEmoji() {
        assertThatThrownBy(() -> new Title(EMOJI.repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("got 201");
    }

    @Test
    void refusesATitleOfNoBreakSpacesThatLooksBlank() {
        assertThatThrownBy(() -> new Title("\u00A0\u2007\u202F"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void refusesNulCharacters() {
        assertThatThrownBy(() -> new Title("a\u0000b"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).contains("NUL"));
    }
}
