package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.notesmcp.adapter.http.common.McpJson;
import dev.notesmcp.adapter.http.mcp.tool.NoteViews.NoteList;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page put together from kept summaries is, byte for byte, what Jackson writes for its
 * {@link NoteList}, and its answer what the SDK's own {@code TextContent} and a raw
 * {@code structuredContent} of that JSON would be, written by Jackson and by {@link ToolAnswerBytes},
 * for pages of every size and text of every kind, read once and again (the second time from the kept
 * summaries), with as few slots as one.
 */
class NotePageJsonTest {

    private static final McpJsonMapper JSON = McpJson.mapper();
    private static final UserId OWNER = new UserId("github:1");
    private static final String[] PIECES = {"a", "plain words ", "\"", "\\", "/", "\n", "\t", "\u0001", "é", "€",
        "中", "\u2028", "🦊", "📝", "<b>", "'", "…"};

    @Test
    void everyPageIsWhatJacksonWritesForItsNoteListFreshOrKept() throws IOException {
        Random random = new Random(12);
        for (int slots : new int[] {1, 4, 2_048}) {
            NotePageJson pages = new NotePageJson(JSON, slots);
            List<Note> stored = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                stored.add(randomNote(random, Instant.parse("2026-12-03T10:00:00Z").plusMillis(i)));
            }
            for (int round = 0; round < 200; round++) {
                NotePage page = randomPage(random, stored);

                EncodedJson encoded = pages.of(page);

                byte[] expected = JSON.writeValueAsBytes(NoteList.fromDomain(page));
                assertThat(new String(encoded.asUnquotedUTF8(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
                assertThat(encoded.asQuotedUTF8()).isEqualTo(CompactJsonQuoting.quote(expected));
                McpSchema.JSONRPCResponse answer = answer(ToolResults.of(ToolOutcome.success(encoded), JSON));
                byte[] sdks = JSON.writeValueAsBytes(answer(sdkShape(new String(expected, StandardCharsets.UTF_8))));
                assertThat(JSON.writeValueAsBytes(answer)).isEqualTo(sdks);
                assertThat(ToolAnswerBytes.of(answer)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(sdks));
            }
        }
    }

    @Test
    void anEmptyLastPageHasNoNotesAndANullCursor() {
        EncodedJson encoded = new NotePageJson(JSON, 4).of(new NotePage(List.of(), Optional.empty()));

        assertThat(new String(encoded.asUnquotedUTF8(), StandardCharsets.UTF_8))
                .isEqualTo("{\"notes\":[],\"nextCursor\":null}");
    }

    private static NotePage randomPage(Random random, List<Note> stored) {
        int from = random.nextInt(stored.size());
        int to = Math.min(stored.size(), from + random.nextInt(12));
        List<Note> notes = new ArrayList<>(stored.subList(from, to));
        if (random.nextInt(4) == 0) {
            // A store that reads notes anew: equal values, new objects.
            notes.replaceAll(note -> new Note(note.id(), note.owner(), new Title(new String(note.title().value())),
                    new NoteContent(new String(note.content().value())), note.tags(), note.createdAt(),
                    note.updatedAt()));
        }
        return NotePage.fromLookahead(notes, new PageLimit(Math.max(1, notes.size() - random.nextInt(2))));
    }

    private static Note randomNote(Random random, Instant at) {
        List<Tag> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(new Tag(random.nextBoolean() ? "work" : "\"q\"-🦊" + random.nextInt(5)));
        }
        String title = text(random, 1 + random.nextInt(30)).strip();
        return Note.create(OWNER, new Title(title.isEmpty() ? "t" : title),
                new NoteContent(text(random, random.nextInt(3) == 0 ? 150 + random.nextInt(100) : random.nextInt(40))),
                new Tags(tags), at);
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static CallToolResult sdkShape(String structuredJson) {
        return CallToolResult.builder().addTextContent(structuredJson).structuredContent(new RawValue(structuredJson))
                .isError(false).build();
    }

    private static McpSchema.JSONRPCResponse answer(CallToolResult result) {
        return new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, 7, result, null);
    }
}
