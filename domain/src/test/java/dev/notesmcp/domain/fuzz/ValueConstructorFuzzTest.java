package dev.notesmcp.domain.fuzz;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.note.Title;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.RedirectUri;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value objects that take text from outside (tool arguments, form fields, client metadata)
 * accept it or throw {@link InvalidValueException}, for any string; and the note texts they accept
 * are well-formed Unicode (issue 8: a lone surrogate is refused before anything is stored).
 */
class ValueConstructorFuzzTest {

    private static final String[] URI_STARTS = {"https://", "http://", "com.example.app:", "javascript:", "HTTP://",
            "http://127.0.0.1", "http://[::1]", "http://localhost", "", "data:", "x:", "https://a.example/"};

    @Test
    void titleAcceptsOnlyWellFormedText() {
        assertAcceptsOnlyWellFormedText(Title::new, Title::value);
    }

    @Test
    void noteContentAcceptsOnlyWellFormedText() {
        assertAcceptsOnlyWellFormedText(NoteContent::new, NoteContent::value);
    }

    @Test
    void tagAcceptsOnlyWellFormedText() {
        assertAcceptsOnlyWellFormedText(Tag::new, Tag::value);
    }

    @Test
    void searchQueryAcceptsOnlyWellFormedText() {
        assertAcceptsOnlyWellFormedText(SearchQuery::new, SearchQuery::text);
    }

    @Test
    void redirectUriAcceptsOrRefusesAsInvalid() {
        Fuzz.check(1000, random -> URI_STARTS[random.nextInt(URI_STARTS.length)] + HostileStrings.any(random, 80),
                text -> acceptedOrNull(text, RedirectUri::new));
    }

    @Test
    void identifiersAcceptOrRefuseAsInvalid() {
        Fuzz.check(500, random -> HostileStrings.any(random, 200), text -> {
            acceptedOrNull(text, NoteId::new);
            acceptedOrNull(text, ClientId::new);
            acceptedOrNull(text, UserId::new);
            acceptedOrNull(text, CodeVerifier::new);
            acceptedOrNull(text, CodeChallenge::new);
        });
    }

    private static <T> void assertAcceptsOnlyWellFormedText(Function<String, T> constructor, Function<T, String> value) {
        Fuzz.check(500, random -> HostileStrings.any(random, 300), text -> {
            T accepted = acceptedOrNull(text, constructor);
            if (accepted != null) {
                assertThat(HostileStrings.isWellFormed(value.apply(accepted)))
                        .as("accepted text that is not well-formed UTF-16").isTrue();
            }
        });
    }

    /** The value, or {@code null} when refused as invalid; any other exception fails the property. */
    private static <T> T acceptedOrNull(String text, Function<String, T> constructor) {
        try {
            return constructor.apply(text);
        } catch (InvalidValueException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return null;
        }
    }
}
