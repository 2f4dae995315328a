package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.common.McpJson;
import dev.notesmcp.application.port.in.note.ListNotesUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteCursor;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.token.Scope;

/** {@code list_notes}: the caller's notes, newest first, a page at a time. */
public final class ListNotesTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"properties":{
                  "limit":{"type":"integer","minimum":1,"maximum":100,"default":20,"description":"Notes per page"},
                  "cursor":{"type":"string","description":"nextCursor from the previous page"},
                  "tag":{"type":"string","minLength":1,"maxLength":50,"description":"Only notes with this tag"}}}""";

    private final ListNotesUseCase listNotes;
    /** The page's JSON, from each note's summary kept between calls; the bytes of the catalog's own mapper. */
    private final NotePageJson pages = new NotePageJson(McpJson.mapper(), EncodedSummaries.DEFAULT_SLOTS);

    public ListNotesTool(ListNotesUseCase listNotes) {
        this.listNotes = listNotes;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_notes", "List notes",
                "List your notes, newest first. Pass the returned nextCursor as cursor to get the next page;"
                + " filter by tag if you like.",
                SCHEMA, Scope.NOTES_READ);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        var query = new NoteListQuery(caller,
                arguments.optionalInteger("limit").map(PageLimit::new).orElse(PageLimit.DEFAULT),
                arguments.optionalString("cursor").map(NoteCursor::decode),
                arguments.optionalString("tag").map(Tag::new));
        return ToolOutcome.success(pages.of(listNotes.list(query)));
    }
}
