package dev.notesmcp.domain.note;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.notesmcp.domain.note.Notes.at;
import static dev.notesmcp.domain.note.Notes.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotePageTest {

    /** {@code count} notes, newest first. */
    private static List<Note> newestFirst(int count) {
        return IntStream.range(0, count).mapToObj(i -> note(i, at(100 - i))).toList();
    }

    @Test
    void fewerNotesThanTheLimitMakeTheLastPage() {
        List<Note> notes = newestFirst(3);

        NotePage page = NotePage.fromLookahead(notes, new PageLimit(5));

        assertThat(page.notes()).isEqualTo(notes);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void exactlyTheLimitMakesTheLastPage() {
        List<Note> notes = newestFirst(5);

        NotePage page = NotePage.fromLookahead(notes, new PageLimit(5));

        assertThat(page.notes()).isEqualTo(notes);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void noNotesMakeAnEmptyLastPage() {
        NotePage page = NotePage.fromLookahead(List.of(), new PageLimit(5));

        assertThat(page.notes()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void oneMoreThanTheLimitDropsTheExtraNoteAndPointsAfterTheLastKeptOne() {
        List<Note> notes = newestFirst(6);

        NotePage page = NotePage.fromLookahead(notes, new PageLimit(5));

        assertThat(page.notes()).isEqualTo(notes.subList(0, 5));
        assertThat(page.nextCursor()).contains(NoteCursor.after(notes.get(4)));
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenList() {
        List<Note> notes = new ArrayList<>(newestFirst(2));
        NotePage page = NotePage.fromLookahead(notes, new PageLimit(5));

        notes.clear();

        assertThat(page.notes()).hasSize(2);
    }

    @Test
    void cannotBeModified() {
        NotePage page = NotePage.fromLookahead(newestFirst(6), new PageLimit(5));

        assertThatThrownBy(() -> page.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
