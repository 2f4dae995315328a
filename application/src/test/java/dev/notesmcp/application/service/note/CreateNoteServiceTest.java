package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.notesmcp.application.port.out.NoteFixtures.T0;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.tags;
import static org.assertj.core.api.Assertions.assertThat;

class CreateNoteServiceTest {

    private final UserId alice = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final CreateNoteService service = new CreateNoteService(notes, Clock.fixed(T0, ZoneOffset.UTC));

    private static CreateNoteUseCase.Command command(UserId owner, String title) {
        return new CreateNoteUseCase.Command(owner, new Title(title), new NoteContent("body"), tags("a", "b"));
    }

    @Test
    void createsTheNoteAsAsked() {
        Note note = service.create(command(alice, "Shopping"));

        assertThat(note.owner()).isEqualTo(alice);
        assertThat(note.title()).isEqualTo(new Title("Shopping"));
        assertThat(note.content()).isEqualTo(new NoteContent("body"));
        assertThat(note.tags()).isEqualTo(tags("a", "b"));
    }

    @Test
    void createsTheNoteAtTheClocksTime() {
        Note note = service.create(command(alice, "Shopping"));

        assertThat(note.createdAt()).isEqualTo(T0);
        assertThat(note.updatedAt()).isEqualTo(T0);
    }

    @Test
    void truncatesTheClocksTimeToTheMicrosecond() {
        Instant withNanos = Instant.parse("2025-03-01T12:00:00.123456789Z");
        CreateNoteService nanoService = new CreateNoteService(notes, Clock.fixed(withNanos, ZoneOffset.UTC));

        Note note = nanoService.create(command(alice, "Shopping"));

        assertThat(note.createdAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00.123456Z"));
    }

    @Test
    void storesTheNoteItReturns() {
        Note note = service.create(command(alice, "Shopping"));

        assertThat(notes.find(alice, note.id())).contains(note);
    }

    @Test
    void storesTheNoteForItsOwnerOnly() {
        Note note = service.create(command(alice, "Shopping"));

        assertThat(notes.find(freshOwner(), note.id())).isEmpty();
    }

    @Test
    void givesEveryNoteItsOwnId() {
        Note first = service.create(command(alice, "Same"));
        Note second = service.create(command(alice, "Same"));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(notes.find(alice, first.id())).contains(first);
        assertThat(notes.find(alice, second.id())).contains(second);
    }

    @Test
    void createsANoteWithoutContentOrTags() {
        Note note = service.create(new CreateNoteUseCase.Command(alice, new Title("Bare"), NoteContent.empty(), Tags.none()));

        assertThat(notes.find(alice, note.id())).contains(note);
    }
}
