package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.SearchNotesUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.notesmcp.application.port.out.NoteFixtures.at;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

class SearchNotesServiceTest {

    private final UserId alice = freshOwner();
    private final UserId bob = freshOwner();
    private final FakeNoteRepository notes = new FakeNoteRepository();
    private final SearchNotesService service = new SearchNotesService(notes);

    private Note stored(UserId owner, String title, String content) {
        Note note = note(owner, title, content, at(0));
        notes.add(note);
        return note;
    }

    private List<Note> search(UserId owner, String text, int limit) {
        return service.search(new SearchNotesUseCase.Query(owner, new SearchQuery(text), new PageLimit(limit)))
                .stream().map(SearchHit::note).toList();
    }

    @Test
    void findsTheOwnersMatchingNotesBestFirst() {
        Note inContent = stored(alice, "Trip", "paris in spring");
        Note inTitle = stored(alice, "Paris", "spring");
        stored(alice, "Unrelated", "berlin");

        assertThat(search(alice, "paris", 10)).containsExactly(inTitle, inContent);
    }

    @Test
    void searchesOnlyTheCallersNotes() {
        stored(bob, "Paris", "paris");

        assertThat(search(alice, "paris", 10)).isEmpty();
    }

    @Test
    void honoursTheLimit() {
        Note best = stored(alice, "Paris", "paris");
        stored(alice, "Trip", "paris");

        assertThat(search(alice, "paris", 1)).containsExactly(best);
    }
}
