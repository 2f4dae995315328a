package dev.notesmcp.domain.note;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.notesmcp.domain.note.Notes.at;
import static dev.notesmcp.domain.note.Notes.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchHitTest {

    private static List<SearchHit> sorted(SearchHit... hits) {
        List<SearchHit> list = new ArrayList<>(List.of(hits));
        list.sort(SearchHit.BEST_FIRST);
        return list;
    }

    @Test
    void bestFirstPutsTheHigherScoreFirst() {
        SearchHit weak = new SearchHit(note(1, at(10)), 1);
        SearchHit strong = new SearchHit(note(2, at(1)), 3);

        assertThat(sorted(weak, strong)).containsExactly(strong, weak);
    }

    @Test
    void bestFirstPutsTheNewerNoteFirstAmongEqualScores() {
        SearchHit older = new SearchHit(note(1, at(1)), 2);
        SearchHit newer = new SearchHit(note(2, at(2)), 2);

        assertThat(sorted(older, newer)).containsExactly(newer, older);
    }

    @Test
    void bestFirstBreaksFullTiesByDescendingId() {
        SearchHit low = new SearchHit(note(1, at(1)), 2);
        SearchHit high = new SearchHit(note(2, at(1)), 2);

        assertThat(sorted(low, high)).containsExactly(high, low);
    }

    @Test
    void bestFirstComparesFractionalScores() {
        SearchHit lower = new SearchHit(note(1, at(9)), 0.25);
        SearchHit higher = new SearchHit(note(2, at(1)), 0.5);

        assertThat(sorted(lower, higher)).containsExactly(higher, lower);
    }

    @Test
    void refusesAMissingNote() {
        assertThatThrownBy(() -> new SearchHit(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
