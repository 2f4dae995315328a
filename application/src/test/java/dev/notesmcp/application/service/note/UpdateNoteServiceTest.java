package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.UpdateNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteChanges;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static dev.notesmcp.application.port.out.NoteFixtures.T0;
import static dev.notesmcp.application.port.out.NoteFixtures.at;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static dev.notesmcp.application.port.out.NoteFixtures.tags;
import static dev.notesmcp.application.port.out.NoteFixtures.titleChange;
import static org.assertj.core.api.Assertions.assertThat;

class UpdateNoteServiceTest {

    private static final Instant NOW = at(60);

    private final UserId alice = freshOwner();
    private final UserId bob = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final UpdateNoteService service = new UpdateNoteService(notes, Clock.fixed(NOW, ZoneOffset.UTC));

    private Note stored() {
        Note note = note(alice, "Old title", "old body", T0, "old");
        notes.add(note);
        return note;
    }

    @Test
    void appliesTheChangesAndReturnsTheUpdatedNote() {
        Note note = stored();
        NoteChanges changes = new NoteChanges(Optional.of(new Title("New title")), Optional.of(new NoteContent("new body")),
                Optional.of(tags("new")));

        Optional<Note> updated = service.update(new UpdateNoteUseCase.Command(alice, note.id(), changes));

        assertThat(updated).hasValueSatisfying(n -> {
            assertThat(n.id()).isEqualTo(note.id());
            assertThat(n.title()).isEqualTo(new Title("New title"));
            assertThat(n.content()).isEqualTo(new NoteContent("new body"));
            assertThat(n.tags()).isEqualTo(tags("new"));
        });
    }

    @Test
    void keepsWhatIsNotChanged() {
        Note note = stored();

        Note updated = service.update(new UpdateNoteUseCase.Command(alice, note.id(), titleChange("New title"))).orElseThrow();

        assertThat(updated.content()).isEqualTo(note.content());
        assertThat(updated.tags()).isEqualTo(note.tags());
        assertThat(updated.createdAt()).isEqualTo(note.createdAt());
    }

    @Test
    void stampsTheUpdateWithTheClocksTime() {
        Note note = stored();

        Note updated = service.update(new UpdateNoteUseCase.Command(alice, note.id(), titleChange("New"))).orElseThrow();

        assertThat(updated.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void movesTheUpdateTimeForwardWhenTheClockIsBehind() {
        Note note = stored();
        UpdateNoteService lateClock = new UpdateNoteService(notes, Clock.fixed(T0.minusSeconds(10), ZoneOffset.UTC));

        Note updated = lateClock.update(new UpdateNoteUseCase.Command(alice, note.id(), titleChange("New"))).orElseThrow();

        assertThat(updated.updatedAt()).isEqualTo(T0.plus(1, ChronoUnit.MICROS));
    }

    @Test
    void storesTheUpdatedNote() {
        Note note = stored();

        Note updated = service.update(new UpdateNoteUseCase.Command(alice, note.id(), titleChange("New"))).orElseThrow();

        assertThat(notes.find(alice, note.id())).contains(updated);
    }

    @Test
    void canClearContentAndTags() {
        Note note = stored();
        NoteChanges clear = new NoteChanges(Optional.empty(), Optional.of(NoteContent.empty()), Optional.of(Tags.none()));

        Note updated = service.update(new UpdateNoteUseCase.Command(alice, note.id(), clear)).orElseThrow();

        assertThat(updated.content()).isEqualTo(NoteContent.empty());
        assertThat(updated.tags()).isEqualTo(Tags.none());
    }

    @Test
    void returnsNothingForAnUnknownId() {
        stored();

        assertThat(service.update(new UpdateNoteUseCase.Command(alice, NoteId.random(), titleChange("New")))).isEmpty();
    }

    @Test
    void doesNotTouchAnotherOwnersNote() {
        Note note = stored();

        Optional<Note> result = service.update(new UpdateNoteUseCase.Command(bob, note.id(), titleChange("Hijacked")));

        assertThat(result).isEmpty();
        assertThat(notes.find(alice, note.id())).contains(note);
    }
}
