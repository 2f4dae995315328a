package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;

/** A user deletes one of their notes. */
public interface DeleteNoteUseCase {

    /** True when the note existed (for this user) and is now gone. */
    boolean delete(UserId owner, NoteId id);
}
