package dev.notesmcp.adapter.postgres.note;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.note.Tag;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.application.port.out.NoteFixtures.at;
import static dev.notesmcp.application.port.out.NoteFixtures.contentChange;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

/** Text meant to break SQL, encodings or the search index comes back exactly as stored. */
class PostgresHostileTextTest {

    private final PostgresNoteRepository notes = new PostgresNoteRepository(TestDatabase.dataSource());
    private final UserId owner = freshOwner();

    @Test
    void storesQuotesSqlAndUnicodeVerbatimThroughEveryPath() {
        String title = "'; DROP TABLE notes; -- $$ \\x00 E'\\n' 𝕳𝖊𝖑𝖑𝖔 \u202Eevil";
        String content = "a'b\"c\\d %_ ? $1 :name {0} ${x} \r\n\t 日本語 עברית 🐙\uD83D\uDC68\u200D\uD83D\uDC69 e\u0301 \uFEFF\u200B";
        Note note = note(owner, title, content, at(0), "'", "--", "{0}", "$1", "日本", "a\"b");
        notes.add(note);

        assertThat(notes.find(owner, note.id())).contains(note);
        assertThat(notes.list(new NoteListQuery(owner, PageLimit.DEFAULT, Optional.empty(), Optional.of(new Tag("'"))))
                .notes()).containsExactly(note);
        assertThat(notes.search(owner, new SearchQuery("hello drop"), PageLimit.DEFAULT))
                .extracting(SearchHit::note).containsExactly(note);
    }

    @Test
    void storesAndUpdatesOneHundredThousandCharactersVerbatim() {
        String longest = "x'\"\\🐙é\n".repeat(NoteContent.MAX_LENGTH / 8);
        longest = longest + "z".repeat(NoteContent.MAX_LENGTH - longest.length());
        Note note = note(owner, "Long", longest, at(0));
        notes.add(note);

        assertThat(notes.find(owner, note.id()).orElseThrow().content().value()).hasSize(100_000).isEqualTo(longest);

        String reversed = new StringBuilder(longest.replace("🐙", "")).reverse().toString();
        Note updated = notes.update(owner, note.id(), n -> n.apply(contentChange(reversed), at(1))).orElseThrow();
        assertThat(notes.find(owner, note.id())).contains(updated);
        assertThat(updated.content().value()).isEqualTo(reversed);
    }
}
