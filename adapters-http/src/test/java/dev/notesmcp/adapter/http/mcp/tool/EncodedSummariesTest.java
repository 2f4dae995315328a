package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.common.McpJson;
import dev.notesmcp.adapter.http.mcp.tool.NoteViews.NoteSummary;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteChanges;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import io.modelcontextprotocol.json.McpJsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept summary is used only for a note with the fields it was written from: staleness is zero, with
 * the clock standing still (edits in the same microsecond keep their update time's order only by the
 * domain's one-microsecond step) and even for a store that gives an edited note its old update time.
 */
class EncodedSummariesTest {

    private static final McpJsonMapper JSON = McpJson.mapper();
    private static final Clock STOPPED = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private static final String LONG = "x".repeat(250);

    private final EncodedSummaries summaries = new EncodedSummaries(JSON, 16);
    private final Note note = Note.create(new UserId("github:1"), new Title("Groceries"), new NoteContent(LONG),
            new Tags(List.of(new Tag("home"))), STOPPED.instant());

    @Test
    void theSameNoteReadAgainGetsTheKeptBytes() throws IOException {
        EncodedSummaries.Encoded first = summaries.of(note);
        Note readAnew = new Note(note.id(), note.owner(), new Title(new String(note.title().value())),
                new NoteContent(new String(LONG)), new Tags(List.of(new Tag("home"))), note.createdAt(),
                note.updatedAt());

        assertThat(summaries.of(readAnew)).isSameAs(first);
        assertThat(first.document()).isEqualTo(JSON.writeValueAsBytes(NoteSummary.fromDomain(note)));
        assertThat(first.quoted()).isEqualTo(CompactJsonQuoting.quote(first.document()));
    }

    @Test
    void anEditUnderAStoppedClockIsWrittenAgain() throws IOException {
        summaries.of(note);
        Note edited = note.apply(new NoteChanges(Optional.of(new Title("Groceries, Friday")), Optional.empty(),
                Optional.empty()), STOPPED.instant());

        assertThat(summaries.of(edited).document()).isEqualTo(JSON.writeValueAsBytes(NoteSummary.fromDomain(edited)));
    }

    @Test
    void everyFieldTheSummaryShowsIsChecked() throws IOException {
        summaries.of(note);
        // The same id and the same update time: only the fields tell these from the kept note.
        List<Note> sameVersion = List.of(
                withFields(new Title("Other"), note.content(), note.tags(), note.createdAt()),
                withFields(note.title(), new NoteContent("y" + LONG.substring(1)), note.tags(), note.createdAt()),
                withFields(note.title(), new NoteContent("x".repeat(200)), note.tags(), note.createdAt()),
                withFields(note.title(), note.content(), Tags.none(), note.createdAt()),
                withFields(note.title(), note.content(), note.tags(), note.createdAt().minusSeconds(1)));
        for (Note changed : sameVersion) {
            assertThat(summaries.of(changed).document()).as(changed.toString())
                    .isEqualTo(JSON.writeValueAsBytes(NoteSummary.fromDomain(changed)));
            summaries.of(note);
        }
    }

    @Test
    void contentBeyondThePreviewDoesNotChangeTheSummary() {
        EncodedSummaries.Encoded kept = summaries.of(note);

        assertThat(summaries.of(withFields(note.title(), new NoteContent(LONG + " and more"), note.tags(),
                note.createdAt()))).isSameAs(kept);
    }

    @Test
    void notesSharingASlotTakeItInTurnAndEachGetsItsOwnBytes() throws IOException {
        EncodedSummaries oneSlot = new EncodedSummaries(JSON, 1);
        Note other = Note.create(note.owner(), new Title("Other"), NoteContent.empty(), Tags.none(), STOPPED.instant());
        for (int i = 0; i < 3; i++) {
            assertThat(oneSlot.of(note).document()).isEqualTo(JSON.writeValueAsBytes(NoteSummary.fromDomain(note)));
            assertThat(oneSlot.of(other).document()).isEqualTo(JSON.writeValueAsBytes(NoteSummary.fromDomain(other)));
        }
    }

    private Note withFields(Title title, NoteContent content, Tags tags, Instant createdAt) {
        return new Note(note.id(), note.owner(), title, content, tags, createdAt, note.updatedAt());
    }
}
