package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.ListNotesUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;

/** Pages through the caller's notes. */
public final class ListNotesService implements ListNotesUseCase {

    private final NoteRepository notes;

    public ListNotesService(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public NotePage list(NoteListQuery query) {
        return notes.list(query);
    }
}
