package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.DeleteNoteUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;

/** Deletes one of the caller's notes. */
public final class DeleteNoteService implements DeleteNoteUseCase {

    private final NoteRepository notes;

    public DeleteNoteService(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public boolean delete(UserId owner, NoteId id) {
        return notes.delete(owner, id);
    }
}
