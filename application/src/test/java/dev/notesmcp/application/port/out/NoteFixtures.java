package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteChanges;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Small factories for notes in application and store tests. */
public final class NoteFixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    private NoteFixtures() {
    }

    /** An owner nobody else uses, so tests never see each other's notes even in a shared store. */
    public static UserId freshOwner() {
        return UserId.of("test", UUID.randomUUID().toString());
    }

    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    public static Note note(UserId owner, String title) {
        return note(owner, title, "", T0);
    }

    public static Note note(UserId owner, String title, String content, Instant at, String... tags) {
        return new Note(NoteId.random(), owner, new Title(title), new NoteContent(content), tags(tags), at, at);
    }

    public static Note noteWithId(NoteId id, UserId owner, Instant at) {
        return new Note(id, owner, new Title("note " + id), NoteContent.empty(), Tags.none(), at, at);
    }

    public static Tags tags(String... names) {
        return Tags.of(List.of(names));
    }

    public static NoteChanges titleChange(String title) {
        return new NoteChanges(Optional.of(new Title(title)), Optional.empty(), Optional.empty());
    }

    public static NoteChanges contentChange(String content) {
        return new NoteChanges(Optional.empty(), Optional.of(new NoteContent(content)), Optional.empty());
    }
}
