package dev.notesmcp.application.port.out;

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
import java.util.function.UnaryOperator;

/**
 * Where notes live. Every read and write is scoped to an owner: a note of another owner is
 * never returned, changed or deleted.
 */
public interface NoteRepository {

    void add(Note note);

    Optional<Note> find(UserId owner, NoteId id);

    /** Applies {@code change} atomically to the owner's note; empty when there is no such note. */
    Optional<Note> update(UserId owner, NoteId id, UnaryOperator<Note> change);

    boolean delete(UserId owner, NoteId id);

    NotePage list(NoteListQuery query);

    /** The owner's notes matching {@code query}, best first, at most {@code limit}. */
    List<SearchHit> search(UserId owner, SearchQuery query, PageLimit limit);
}
