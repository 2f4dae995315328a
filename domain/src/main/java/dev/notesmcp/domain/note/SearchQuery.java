package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a user searches for: free text, matched as whole words, case-insensitive. The simple
 * ranking here is the reference for stores without a search engine of their own.
 */
public record SearchQuery(String text) {

    public static final int MAX_LENGTH = 500;
    private static final int TITLE_WEIGHT = 3;
    private static final int TAG_WEIGHT = 2;

    public SearchQuery {
        Check.text("query", text, 1, MAX_LENGTH);
        if (words(text).isEmpty()) {
            throw new InvalidValueException("query", "must contain at least one letter or digit");
        }
    }

    /** The distinct words of the query, lower-cased. */
    public Set<String> terms() {
        return new LinkedHashSet<>(words(text));
    }

    /**
     * How well a note matches: each occurrence of a term counts 3 in the title, 2 as a tag and
     * 1 in the content. Zero means no match.
     */
    public int score(Note note) {
        Set<String> terms = terms();
        int score = TITLE_WEIGHT * occurrences(terms, words(note.title().value()));
        score += TAG_WEIGHT * occurrences(terms, note.tags().names().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList());
        score += occurrences(terms, words(note.content().value()));
        return score;
    }

    private static int occurrences(Set<String> terms, List<String> words) {
        int count = 0;
        for (String word : words) {
            if (terms.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** Splits text into lower-case runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(codePoint);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(text.substring(start).toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
