package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;

import java.util.Optional;

/** A user reads one of their notes; someone else's note is simply not there. */
public interface GetNoteUseCase {

    Optional<Note> get(UserId owner, NoteId id);
}
