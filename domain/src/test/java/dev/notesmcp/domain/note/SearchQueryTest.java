package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.notesmcp.domain.note.Notes.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    private static int score(String query, Note note) {
        return new SearchQuery(query).score(note);
    }

    @Test
    void termsAreTheDistinctLowerCaseWordsInOrder() {
        assertThat(new SearchQuery("Foo bar FOO Baz").terms()).containsExactly("foo", "bar", "baz");
    }

    @Test
    void termsSplitOnPunctuationAndSpaces() {
        assertThat(new SearchQuery("hello, world! (c++) e-mail v2.0").terms())
                .containsExactly("hello", "world", "c", "e", "mail", "v2", "0");
    }

    @Test
    void termsKeepLettersOfAnyScript() {
        assertThat(new SearchQuery("Café MÜNCHEN Ελληνικά 日本語 Привет").terms())
                .containsExactly("café", "münchen", "ελληνικά", "日本語", "привет");
    }

    @Test
    void termsIgnoreEmoji() {
        assertThat(new SearchQuery("\uD83C\uDF89 party \uD83C\uDF89").terms()).containsExactly("party");
    }

    @Test
    void termsKeepLettersOutsideTheBasicPlane() {
        String mathBold = "\uD835\uDC00\uD835\uDC01"; // 𝐀𝐁, letters beyond U+FFFF
        assertThat(new SearchQuery(mathBold).terms()).containsExactly(mathBold);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "-- ' \" ;", "\uD83D\uDE00\uD83D\uDE00", "\t\n"})
    void refusesQueriesWithoutALetterOrDigit(String text) {
        assertThatThrownBy(() -> new SearchQuery(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("query"));
    }

    @Test
    void acceptsFiveHundredCharacters() {
        assertThat(new SearchQuery("a".repeat(500)).text()).hasSize(500);
    }

    @Test
    void refusesFiveHundredAndOneCharacters() {
        assertThatThrownBy(() -> new SearchQuery("a".repeat(501)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("query"));
    }

    @Test
    void acceptsASingleDigit() {
        assertThat(new SearchQuery("7").terms()).containsExactly("7");
    }

    @Test
    void aTitleMatchScoresThree() {
        assertThat(score("java", note("Java", ""))).isEqualTo(3);
    }

    @Test
    void aTagMatchScoresTwo() {
        assertThat(score("java", note("other", "", "java"))).isEqualTo(2);
    }

    @Test
    void aContentMatchScoresOne() {
        assertThat(score("java", note("other", "java"))).isEqualTo(1);
    }

    @Test
    void noMatchScoresZero() {
        assertThat(score("python", note("Java tips", "about java", "java"))).isZero();
    }

    @Test
    void scoresAddUpOverTitleTagsAndContent() {
        assertThat(score("java", note("Java", "java", "java"))).isEqualTo(3 + 2 + 1);
    }

    @Test
    void everyOccurrenceCounts() {
        assertThat(score("java", note("java java", "java java java"))).isEqualTo(2 * 3 + 3);
    }

    @Test
    void everyTermCounts() {
        assertThat(score("java maven", note("Java with Maven", ""))).isEqualTo(3 + 3);
    }

    @Test
    void aRepeatedQueryTermCountsOnce() {
        assertThat(score("java java", note("other", "java"))).isEqualTo(1);
    }

    @Test
    void matchesCaseInsensitively() {
        assertThat(score("JAVA", note("other", "jAvA"))).isEqualTo(1);
    }

    @Test
    void matchesTagsCaseInsensitively() {
        assertThat(score("java", note("other", "", "JAVA"))).isEqualTo(2);
    }

    @Test
    void matchesNonLatinWordsCaseInsensitively() {
        assertThat(score("ΑΘΉΝΑ", note("other", "ταξίδι στην αθήνα"))).isEqualTo(1);
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(score("cat", note("concatenate", "cats category scatter"))).isZero();
    }

    @Test
    void matchesAWordNextToPunctuation() {
        assertThat(score("cat", note("other", "the (cat), the cat. cat!"))).isEqualTo(3);
    }

    @Test
    void aTagMatchesOnlyAsAWhole() {
        assertThat(score("java", note("other", "", "javascript"))).isZero();
    }

    @Test
    void matchesCjkWords() {
        assertThat(score("日本語", note("日本語 の ノート", ""))).isEqualTo(3);
    }

    @Test
    void matchesDigits() {
        assertThat(score("2025", note("Plans for 2025", ""))).isEqualTo(3);
    }
}
