package dev.notesmcp.domain.note;

import java.util.List;
import java.util.Optional;

/** A page of notes and, when more follow, the cursor for the next page. */
public record NotePage(List<Note> notes, Optional<NoteCursor> nextCursor) {

    public NotePage {
        notes = List.copyOf(notes);
    }

    /**
     * Builds a page from up to {@code limit + 1} notes in newest-first order: the extra note, when
     * present, only proves that another page exists.
     */
    public static NotePage fromLookahead(List<Note> notesPlusOne, PageLimit limit) {
        if (notesPlusOne.size() <= limit.value()) {
            return new NotePage(notesPlusOne, Optional.empty());
        }
        List<Note> page = notesPlusOne.subList(0, limit.value());
        return new NotePage(page, Optional.of(NoteCursor.after(page.getLast())));
    }
}
