package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;

import java.util.Objects;

/** A user writes a new note. */
public interface CreateNoteUseCase {

    Note create(Command command);

    record Command(UserId owner, Title title, NoteContent content, Tags tags) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(tags, "tags");
        }
    }
}
