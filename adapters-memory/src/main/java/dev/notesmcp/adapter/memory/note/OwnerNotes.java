package dev.notesmcp.adapter.memory.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteCursor;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One user's notes: by id, and in newest-first order for paging. A read-write lock keeps the
 * two views consistent; reads (the common case) run in parallel.
 */
final class OwnerNotes {

    private static final UserId PROBE_OWNER = new UserId("probe:cursor");
    private static final Title PROBE_TITLE = new Title("cursor");

    private final Map<NoteId, Note> byId = new HashMap<>();
    private final NavigableSet<Note> newestFirst = new TreeSet<>(Note.NEWEST_FIRST);
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    void add(Note note) {
        write(() -> {
            Note previous = byId.put(note.id(), note);
            if (previous != null) {
                newestFirst.remove(previous);
            }
            newestFirst.add(note);
            return null;
        });
    }

    Optional<Note> find(NoteId id) {
        return read(() -> Optional.ofNullable(byId.get(id)));
    }

    Optional<Note> update(NoteId id, UnaryOperator<Note> change) {
        return write(() -> {
            Note current = byId.get(id);
            if (current == null) {
                return Optional.empty();
            }
            Note changed = change.apply(current);
            if (!changed.id().equals(id) || !changed.owner().equals(current.owner())) {
                throw new IllegalStateException("an update may not change a note's id or owner");
            }
            newestFirst.remove(current);
            byId.put(id, changed);
            newestFirst.add(changed);
            return Optional.of(changed);
        });
    }

    boolean delete(NoteId id) {
        return write(() -> {
            Note removed = byId.remove(id);
            return removed != null && newestFirst.remove(removed);
        });
    }

    NotePage page(NoteListQuery query) {
        return read(() -> {
            NavigableSet<Note> candidates = query.after()
                    .map(cursor -> newestFirst.tailSet(probeAt(cursor), false))
                    .orElse(newestFirst);
            int wanted = query.limit().value() + 1;
            List<Note> selected = new ArrayList<>(wanted);
            for (Note note : candidates) {
                if (query.selects(note)) {
                    selected.add(note);
                    if (selected.size() == wanted) {
                        break;
                    }
                }
            }
            return NotePage.fromLookahead(selected, query.limit());
        });
    }

    List<SearchHit> search(SearchQuery query, PageLimit limit) {
        List<SearchHit> hits = read(() -> {
            List<SearchHit> found = new ArrayList<>();
            for (Note note : newestFirst) {
                int score = query.score(note);
                if (score > 0) {
                    found.add(new SearchHit(note, score));
                }
            }
            return found;
        });
        hits.sort(SearchHit.BEST_FIRST);
        return List.copyOf(hits.subList(0, Math.min(limit.value(), hits.size())));
    }

    /** A stand-in note at the cursor's position, only to find where the next page starts. */
    private static Note probeAt(NoteCursor cursor) {
        return new Note(cursor.id(), PROBE_OWNER, PROBE_TITLE, NoteContent.empty(), Tags.none(),
                cursor.updatedAt(), cursor.updatedAt());
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
