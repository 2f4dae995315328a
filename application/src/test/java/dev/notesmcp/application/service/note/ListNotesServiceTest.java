package dev.notesmcp.application.service.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteCursor;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.Tag;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.application.port.out.NoteFixtures.at;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

class ListNotesServiceTest {

    private final UserId alice = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final ListNotesService service = new ListNotesService(notes);

    private Note stored(String title, int second, String... tags) {
        Note note = note(alice, title, "", at(second), tags);
        notes.add(note);
        return note;
    }

    @Test
    void listsTheOwnersNotesNewestFirst() {
        Note older = stored("older", 1);
        Note newer = stored("newer", 2);
        notes.add(note(freshOwner(), "someone else's", "", at(3)));

        NotePage page = service.list(new NoteListQuery(alice, PageLimit.DEFAULT, Optional.empty(), Optional.empty()));

        assertThat(page.notes()).containsExactly(newer, older);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void honoursTheLimitAndTheCursor() {
        Note first = stored("first", 1);
        Note second = stored("second", 2);
        Note third = stored("third", 3);

        NotePage page = service.list(new NoteListQuery(alice, new PageLimit(1), Optional.of(NoteCursor.after(third)), Optional.empty()));

        assertThat(page.notes()).containsExactly(second);
        assertThat(page.nextCursor()).contains(NoteCursor.after(second));
        assertThat(first).isNotIn(page.notes());
    }

    @Test
    void honoursTheTag() {
        Note work = stored("work", 1, "work");
        stored("home", 2, "home");

        NotePage page = service.list(new NoteListQuery(alice, PageLimit.DEFAULT, Optional.empty(), Optional.of(new Tag("work"))));

        assertThat(page.notes()).containsExactly(work);
    }
}
