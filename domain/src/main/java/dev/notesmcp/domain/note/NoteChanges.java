package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;

import java.util.Optional;

/** What an update asks to change; at least one part must be present. */
public record NoteChanges(Optional<Title> title, Optional<NoteContent> content, Optional<Tags> tags) {

    public NoteChanges {
        if (title.isEmpty() && content.isEmpty() && tags.isEmpty()) {
            throw new InvalidValueException("arguments", "give at least one of title, content or tags to change");
        }
    }
}
