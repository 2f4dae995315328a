package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteContentTest {

    @Test
    void acceptsOneHundredThousandCharacters() {
        String value = "c".repeat(100_000);
        assertThat(new NoteContent(value).value()).isEqualTo(value);
    }

    @Test
    void refusesOneHundredThousandAndOneCharacters() {
        assertThatThrownBy(() -> new NoteContent("c".repeat(100_001)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("content"))
                .hasMessageContaining("100001");
    }

    @Test
    void acceptsEmpty() {
        assertThat(new NoteContent("").value()).isEmpty();
        assertThat(NoteContent.empty()).isEqualTo(new NoteContent(""));
    }

    @Test
    void acceptsOnlyWhiteSpace() {
        assertThat(new NoteContent(" \n\t ").value()).isEqualTo(" \n\t ");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new NoteContent(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("content"));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(100_000); // 200 000 chars, 100 000 code points
        assertThat(new NoteContent(emoji).value()).hasSize(200_000);
    }

    @Test
    void refusesOneEmojiOverTheLimit() {
        assertThatThrownBy(() -> new NoteContent("\uD83D\uDE00".repeat(100_001)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesNulCharacters() {
        assertThatThrownBy(() -> new NoteContent("before\u0000after"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NUL");
    }
}
