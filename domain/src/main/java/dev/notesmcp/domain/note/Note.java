package dev.notesmcp.domain.note;

import dev.notesmcp.domain.identity.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * A user's note. Times are kept to the microsecond (what PostgreSQL stores), so every store
 * orders and pages notes the same way.
 */
public record Note(
        NoteId id,
        UserId owner,
        Title title,
        NoteContent content,
        Tags tags,
        Instant createdAt,
        Instant updatedAt) {

    /** Newest first: by last update, then by id so the order is total and pages are stable. */
    public static final Comparator<Note> NEWEST_FIRST =
            Comparator.comparing(Note::updatedAt).thenComparing(Note::id).reversed();

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(tags, "tags");
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a note cannot be updated before it was created");
        }
    }

    public static Note create(UserId owner, Title title, NoteContent content, Tags tags, Instant now) {
        return new Note(NoteId.random(), owner, title, content, tags, now, now);
    }

    /**
     * This note with the changes applied. The update time always moves forward, even if the
     * clock did not, so "newest first" reflects the order of edits.
     */
    public Note apply(NoteChanges changes, Instant now) {
        Instant truncatedNow = now.truncatedTo(ChronoUnit.MICROS);
        Instant updated = truncatedNow.isAfter(updatedAt) ? truncatedNow : updatedAt.plus(1, ChronoUnit.MICROS);
        return new Note(id, owner,
                changes.title().orElse(title),
                changes.content().orElse(content),
                changes.tags().orElse(tags),
                createdAt, updated);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }
}
