package dev.notesmcp.domain.note;

import dev.notesmcp.domain.identity.UserId;

import java.util.Objects;
import java.util.Optional;

/** One page of a user's notes, newest first, optionally only those with a tag. */
public record NoteListQuery(UserId owner, PageLimit limit, Optional<NoteCursor> after, Optional<Tag> tag) {

    public NoteListQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(tag, "tag");
    }

    /** Whether a note belongs on a page of this query (ignoring the page size). */
    public boolean selects(Note note) {
        return note.isOwnedBy(owner)
                && after.map(cursor -> cursor.precedes(note)).orElse(true)
                && tag.map(t -> note.tags().contains(t)).orElse(true);
    }
}
