package dev.notesmcp.application.service.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

class DeleteNoteServiceTest {

    private final UserId alice = freshOwner();
    private final UserId bob = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final DeleteNoteService service = new DeleteNoteService(notes);

    @Test
    void deletesTheOwnersNote() {
        Note note = note(alice, "Doomed");
        notes.add(note);

        assertThat(service.delete(alice, note.id())).isTrue();
        assertThat(notes.find(alice, note.id())).isEmpty();
    }

    @Test
    void aSecondDeleteFindsNothing() {
        Note note = note(alice, "Doomed");
        notes.add(note);
        service.delete(alice, note.id());

        assertThat(service.delete(alice, note.id())).isFalse();
    }

    @Test
    void deletesNothingForAnUnknownId() {
        assertThat(service.delete(alice, NoteId.random())).isFalse();
    }

    @Test
    void doesNotDeleteAnotherOwnersNote() {
        Note note = note(alice, "Safe");
        notes.add(note);

        assertThat(service.delete(bob, note.id())).isFalse();
        assertThat(notes.find(alice, note.id())).contains(note);
    }
}
