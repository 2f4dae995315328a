package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The simplest store that keeps the port's promises: one map, one lock. */
final class FakeNoteRepository implements NoteRepository {

    private final Map<NoteId, Note> byId = new HashMap<>();

    @Override
    public synchronized void add(Note note) {
        byId.put(note.id(), note);
    }

    @Override
    public synchronized Optional<Note> find(UserId owner, NoteId id) {
        return Optional.ofNullable(byId.get(id)).filter(note -> note.isOwnedBy(owner));
    }

    @Override
    public synchronized Optional<Note> update(UserId owner, NoteId id, UnaryOperator<Note> change) {
        return find(owner, id).map(current -> {
            Note changed = change.apply(current);
            byId.put(id, changed);
            return changed;
        });
    }

    @Override
    public synchronized boolean delete(UserId owner, NoteId id) {
        return find(owner, id).map(note -> byId.remove(id) != null).orElse(false);
    }

    @Override
    public synchronized NotePage list(NoteListQuery query) {
        List<Note> selected = byId.values().stream()
                .filter(query::selects)
                .sorted(Note.NEWEST_FIRST)
                .limit(query.limit().value() + 1L)
                .toList();
        return NotePage.fromLookahead(selected, query.limit());
    }

    @Override
    public synchronized List<SearchHit> search(UserId owner, SearchQuery query, PageLimit limit) {
        return byId.values().stream()
                .filter(note -> note.isOwnedBy(owner))
                .map(note -> new SearchHit(note, query.score(note)))
                .filter(hit -> hit.score() > 0)
                .sorted(SearchHit.BEST_FIRST)
                .limit(limit.value())
                .toList();
    }
}
