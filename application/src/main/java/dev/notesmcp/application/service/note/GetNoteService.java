package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.GetNoteUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;

import java.util.Optional;

/** Reads one of the caller's notes. */
public final class GetNoteService implements GetNoteUseCase {

    private final NoteRepository notes;

    public GetNoteService(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public Optional<Note> get(UserId owner, NoteId id) {
        return notes.find(owner, id);
    }
}
