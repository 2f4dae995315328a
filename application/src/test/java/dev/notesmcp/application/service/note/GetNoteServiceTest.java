package dev.notesmcp.application.service.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

class GetNoteServiceTest {

    private final UserId alice = freshOwner();
    private final UserId bob = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final GetNoteService service = new GetNoteService(notes);

    @Test
    void returnsTheOwnersNote() {
        Note note = note(alice, "Mine");
        notes.add(note);

        assertThat(service.get(alice, note.id())).contains(note);
    }

    @Test
    void returnsNothingForAnUnknownId() {
        assertThat(service.get(alice, NoteId.random())).isEmpty();
    }

    @Test
    void returnsNothingForAnotherOwnersNote() {
        Note note = note(alice, "Mine");
        notes.add(note);

        assertThat(service.get(bob, note.id())).isEmpty();
    }
}
