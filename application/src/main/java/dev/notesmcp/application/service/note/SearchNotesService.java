package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.SearchNotesUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.note.SearchHit;

import java.util.List;

/** Searches the caller's notes. */
public final class SearchNotesService implements SearchNotesUseCase {

    private final NoteRepository notes;

    public SearchNotesService(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public List<SearchHit> search(Query query) {
        return notes.search(query.owner(), query.text(), query.limit());
    }
}
