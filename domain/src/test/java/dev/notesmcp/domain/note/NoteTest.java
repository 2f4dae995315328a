package dev.notesmcp.domain.note;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.domain.note.Notes.ALICE;
import static dev.notesmcp.domain.note.Notes.BOB;
import static dev.notesmcp.domain.note.Notes.T0;
import static dev.notesmcp.domain.note.Notes.at;
import static dev.notesmcp.domain.note.Notes.id;
import static dev.notesmcp.domain.note.Notes.note;
import static dev.notesmcp.domain.note.Notes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteTest {

    private static NoteChanges newTitle(String title) {
        return new NoteChanges(Optional.of(new Title(title)), Optional.empty(), Optional.empty());
    }

    @Test
    void createdNoteIsCreatedAndUpdatedNow() {
        Note note = Note.create(ALICE, new Title("t"), new NoteContent("c"), tags("x"), T0);

        assertThat(note.owner()).isEqualTo(ALICE);
        assertThat(note.title()).isEqualTo(new Title("t"));
        assertThat(note.content()).isEqualTo(new NoteContent("c"));
        assertThat(note.tags()).isEqualTo(tags("x"));
        assertThat(note.createdAt()).isEqualTo(T0);
        assertThat(note.updatedAt()).isEqualTo(T0);
    }

    @Test
    void createdNotesGetDifferentIds() {
        assertThat(note("a").id()).isNotEqualTo(note("a").id());
    }

    @Test
    void keepsTimesToTheMicrosecond() {
        Instant withNanos = Instant.parse("2025-03-01T12:00:00.123456789Z");

        Note note = new Note(id(1), ALICE, new Title("t"), NoteContent.empty(), Tags.none(), withNanos, withNanos);

        assertThat(note.createdAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00.123456Z"));
        assertThat(note.updatedAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00.123456Z"));
    }

    @Test
    void refusesAnUpdateBeforeItsCreation() {
        assertThatThrownBy(() -> new Note(id(1), ALICE, new Title("t"), NoteContent.empty(), Tags.none(), at(10), at(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsUpdatedAtSameMicrosecondAsCreatedAt() {
        Instant created = Instant.parse("2025-03-01T12:00:00.000001999Z");
        Instant updated = Instant.parse("2025-03-01T12:00:00.000001000Z");

        Note note = new Note(id(1), ALICE, new Title("t"), NoteContent.empty(), Tags.none(), created, updated);

        assertThat(note.updatedAt()).isEqualTo(note.createdAt());
    }

    @Test
    void applyChangesOnlyTheTitleWhenOnlyTheTitleIsGiven() {
        Note note = note("old", "body", "tag");

        Note changed = note.apply(newTitle("new"), at(1));

        assertThat(changed.title()).isEqualTo(new Title("new"));
        assertThat(changed.content()).isEqualTo(note.content());
        assertThat(changed.tags()).isEqualTo(note.tags());
    }

    @Test
    void applyChangesOnlyTheContentWhenOnlyTheContentIsGiven() {
        Note note = note("title", "old body", "tag");

        Note changed = note.apply(new NoteChanges(Optional.empty(), Optional.of(new NoteContent("new body")), Optional.empty()), at(1));

        assertThat(changed.title()).isEqualTo(note.title());
        assertThat(changed.content()).isEqualTo(new NoteContent("new body"));
        assertThat(changed.tags()).isEqualTo(note.tags());
    }

    @Test
    void applyChangesOnlyTheTagsWhenOnlyTheTagsAreGiven() {
        Note note = note("title", "body", "old");

        Note changed = note.apply(new NoteChanges(Optional.empty(), Optional.empty(), Optional.of(tags("new", "newer"))), at(1));

        assertThat(changed.title()).isEqualTo(note.title());
        assertThat(changed.content()).isEqualTo(note.content());
        assertThat(changed.tags()).isEqualTo(tags("new", "newer"));
    }

    @Test
    void applyCanClearContentAndTags() {
        Note note = note("title", "body", "tag");

        Note changed = note.apply(new NoteChanges(Optional.empty(), Optional.of(NoteContent.empty()), Optional.of(Tags.none())), at(1));

        assertThat(changed.content()).isEqualTo(NoteContent.empty());
        assertThat(changed.tags()).isEqualTo(Tags.none());
    }

    @Test
    void applyKeepsIdentityOwnerAndCreationTime() {
        Note note = note("old");

        Note changed = note.apply(newTitle("new"), at(60));

        assertThat(changed.id()).isEqualTo(note.id());
        assertThat(changed.owner()).isEqualTo(note.owner());
        assertThat(changed.createdAt()).isEqualTo(note.createdAt());
    }

    @Test
    void applyLeavesTheOriginalUnchanged() {
        Note note = note("old");

        note.apply(newTitle("new"), at(60));

        assertThat(note.title()).isEqualTo(new Title("old"));
        assertThat(note.updatedAt()).isEqualTo(T0);
    }

    @Test
    void applyMovesTheUpdateTimeToNow() {
        Note changed = note("t").apply(newTitle("u"), at(60));

        assertThat(changed.updatedAt()).isEqualTo(at(60));
    }

    @Test
    void applyTruncatesNowToTheMicrosecond() {
        Instant now = Instant.parse("2025-03-01T12:01:00.987654321Z");

        Note changed = note("t").apply(newTitle("u"), now);

        assertThat(changed.updatedAt()).isEqualTo(Instant.parse("2025-03-01T12:01:00.987654Z"));
    }

    @Test
    void applyMovesTimeForwardWhenTheClockStoodStill() {
        Note changed = note("t").apply(newTitle("u"), T0);

        assertThat(changed.updatedAt()).isEqualTo(T0.plus(1, ChronoUnit.MICROS));
    }

    @Test
    void applyMovesTimeForwardWhenTheClockWentBack() {
        Note changed = note("t").apply(newTitle("u"), T0.minusSeconds(3600));

        assertThat(changed.updatedAt()).isEqualTo(T0.plus(1, ChronoUnit.MICROS));
    }

    @Test
    void applyMovesTimeForwardWhenTheClockMovedLessThanAMicrosecond() {
        Note changed = note("t").apply(newTitle("u"), T0.plusNanos(999));

        assertThat(changed.updatedAt()).isEqualTo(T0.plus(1, ChronoUnit.MICROS));
    }

    @Test
    void repeatedEditsWithAFrozenClockKeepStrictlyIncreasingTimes() {
        Note note = note("t");
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            note = note.apply(newTitle("edit " + i), T0);
            times.add(note.updatedAt());
        }

        assertThat(times).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void isOwnedByItsOwnerOnly() {
        Note note = note("t");

        assertThat(note.isOwnedBy(ALICE)).isTrue();
        assertThat(note.isOwnedBy(BOB)).isFalse();
    }

    @Test
    void newestFirstPutsTheLatestUpdateFirst() {
        Note older = note(1, at(1));
        Note newer = note(2, at(2));
        List<Note> notes = new ArrayList<>(List.of(older, newer));

        notes.sort(Note.NEWEST_FIRST);

        assertThat(notes).containsExactly(newer, older);
    }

    @Test
    void newestFirstBreaksTimeTiesByDescendingId() {
        Note low = note(1, at(5));
        Note high = note(2, at(5));
        List<Note> notes = new ArrayList<>(List.of(low, high));

        notes.sort(Note.NEWEST_FIRST);

        assertThat(notes).containsExactly(high, low);
    }
}
