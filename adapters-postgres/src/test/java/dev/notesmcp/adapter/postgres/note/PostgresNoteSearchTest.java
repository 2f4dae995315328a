package dev.notesmcp.adapter.postgres.note;

import dev.notesmcp.adapter.postgres.TestDatabase;
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

/** PostgreSQL full-text search: ts_rank over title (A), tags (B), content (C), ties newest first. */
class PostgresNoteSearchTest {

    private final PostgresNoteRepository notes = new PostgresNoteRepository(TestDatabase.dataSource());
    private final UserId owner = freshOwner();

    private Note stored(String title, String content, long at, String... tags) {
        Note note = note(owner, title, content, at(at), tags);
        notes.add(note);
        return note;
    }

    private List<Note> search(String query) {
        return notes.search(owner, new SearchQuery(query), new PageLimit(100)).stream().map(SearchHit::note).toList();
    }

    @Test
    void ranksTitleAboveTagAboveContent() {
        Note inContent = stored("Weekend", "a trip to lisbon", 3);
        Note inTag = stored("Holiday", "a trip", 2, "lisbon");
        Note inTitle = stored("Lisbon", "a trip", 1);

        assertThat(search("lisbon")).containsExactly(inTitle, inTag, inContent);
    }

    @Test
    void moreMatchingWordsRankHigher() {
        Note one = stored("Plans", "visit the museum", 2);
        Note both = stored("Plans", "visit the museum and the harbour", 1);

        assertThat(search("museum harbour")).containsExactly(both, one);
    }

    @Test
    void equalRanksComeNewestFirst() {
        Note older = stored("Note", "kiwi", 1);
        Note newer = stored("Note", "kiwi", 2);

        assertThat(search("kiwi")).containsExactly(newer, older);
    }

    @Test
    void matchesAnyWordOfTheQueryCaseInsensitively() {
        Note apples = stored("Fruit", "APPLES", 1);
        Note pears = stored("Fruit", "pears", 2);
        stored("Veg", "carrots", 3);

        assertThat(search("Apples, PEARS!")).containsExactlyInAnyOrder(apples, pears);
    }

    @Test
    void searchOperatorsAndSqlInTheQueryAreJustText() {
        Note note = stored("Operators", "or and not", 1);

        assertThat(search("' OR 1=1; -- & | ! <-> :* \"or\"")).containsExactly(note);
        assertThat(search("'); DROP TABLE notes; --")).isEmpty();
        assertThat(notes.find(owner, note.id())).contains(note);
    }

    @Test
    void findsNonAsciiWords() {
        Note note = stored("Überraschung", "café crème", 1);

        assertThat(search("überraschung")).containsExactly(note);
        assertThat(search("CAFÉ")).containsExactly(note);
    }
}
