package dev.notesmcp.adapter.memory.note;

import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * Notes in memory, one {@link OwnerNotes} per user so users never contend with each other.
 * Everything is lost when the process stops.
 */
public final class InMemoryNoteRepository implements NoteRepository {

    private final ConcurrentMap<UserId, OwnerNotes> byOwner = new ConcurrentHashMap<>();

    @Override
    public void add(Note note) {
        notesOf(note.owner()).add(note);
    }

    @Override
    public Optional<Note> find(UserId owner, NoteId id) {
        return existingNotesOf(owner).flatMap(notes -> notes.find(id));
    }

    @Override
    public Optional<Note> update(UserId owner, NoteId id, UnaryOperator<Note> change) {
        return existingNotesOf(owner).flatMap(notes -> notes.update(id, change));
    }

    @Override
    public boolean delete(UserId owner, NoteId id) {
        return existingNotesOf(owner).map(notes -> notes.delete(id)).orElse(false);
    }

    @Override
    public NotePage list(NoteListQuery query) {
        return existingNotesOf(query.owner()).map(notes -> notes.page(query))
                .orElseGet(() -> new NotePage(List.of(), Optional.empty()));
    }

    @Override
    public List<SearchHit> search(UserId owner, SearchQuery query, PageLimit limit) {
        return existingNotesOf(owner).map(notes -> notes.search(query, limit)).orElseGet(List::of);
    }

    private OwnerNotes notesOf(UserId owner) {
        return byOwner.computeIfAbsent(owner, ignored -> new OwnerNotes());
    }

    private Optional<OwnerNotes> existingNotesOf(UserId owner) {
        return Optional.ofNullable(byOwner.get(owner));
    }
}
