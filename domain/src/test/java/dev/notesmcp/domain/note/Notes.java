package dev.notesmcp.domain.note;

import dev.notesmcp.domain.identity.UserId;

import java.time.Instant;
import java.util.List;

/** Small factories for notes in tests: fixed owners, fixed times, predictable ids. */
final class Notes {

    static final UserId ALICE = new UserId("github:1001");
    static final UserId BOB = new UserId("github:2002");
    static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    private Notes() {
    }

    /** A valid note id whose natural order follows {@code n}. */
    static NoteId id(int n) {
        return new NoteId(String.format("00000000-0000-4000-8000-%012d", n));
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static Note note(String title) {
        return Note.create(ALICE, new Title(title), NoteContent.empty(), Tags.none(), T0);
    }

    static Note note(int id, Instant updatedAt) {
        return new Note(id(id), ALICE, new Title("note " + id), NoteContent.empty(), Tags.none(), updatedAt, updatedAt);
    }

    static Note note(String title, String content, String... tags) {
        return Note.create(ALICE, new Title(title), new NoteContent(content), tags(tags), T0);
    }

    static Tags tags(String... names) {
        return Tags.of(List.of(names));
    }

    static String repeat(String text, int times) {
        return text.repeat(times);
    }
}
