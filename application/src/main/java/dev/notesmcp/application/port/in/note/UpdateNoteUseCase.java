package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteChanges;
import dev.notesmcp.domain.note.NoteId;

import java.util.Objects;
import java.util.Optional;

/** A user changes the title, content or tags of one of their notes. */
public interface UpdateNoteUseCase {

    /** The updated note, or empty when the user has no note with that id. */
    Optional<Note> update(Command command);

    record Command(UserId owner, NoteId id, NoteChanges changes) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
