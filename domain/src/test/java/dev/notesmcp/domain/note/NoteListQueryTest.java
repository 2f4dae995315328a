package dev.notesmcp.domain.note;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.domain.note.Notes.ALICE;
import static dev.notesmcp.domain.note.Notes.BOB;
import static dev.notesmcp.domain.note.Notes.T0;
import static dev.notesmcp.domain.note.Notes.at;
import static dev.notesmcp.domain.note.Notes.id;
import static dev.notesmcp.domain.note.Notes.note;
import static org.assertj.core.api.Assertions.assertThat;

class NoteListQueryTest {

    private static NoteListQuery all() {
        return new NoteListQuery(ALICE, PageLimit.DEFAULT, Optional.empty(), Optional.empty());
    }

    @Test
    void selectsTheOwnersNotes() {
        assertThat(all().selects(note("mine"))).isTrue();
    }

    @Test
    void doesNotSelectAnotherOwnersNotes() {
        Note bobs = Note.create(BOB, new Title("bob's"), NoteContent.empty(), Tags.none(), T0);

        assertThat(all().selects(bobs)).isFalse();
    }

    @Test
    void selectsOnlyNotesAfterTheCursor() {
        NoteListQuery query = new NoteListQuery(ALICE, PageLimit.DEFAULT, Optional.of(new NoteCursor(at(5), id(5))), Optional.empty());

        assertThat(query.selects(note(1, at(4)))).isTrue();
        assertThat(query.selects(note(9, at(6)))).isFalse();
    }

    @Test
    void selectsOnlyNotesWithTheTag() {
        NoteListQuery query = new NoteListQuery(ALICE, PageLimit.DEFAULT, Optional.empty(), Optional.of(new Tag("work")));

        assertThat(query.selects(note("a", "", "home", "work"))).isTrue();
        assertThat(query.selects(note("b", "", "home"))).isFalse();
        assertThat(query.selects(note("c", "work"))).isFalse();
    }
}
