package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.SearchNotesUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.token.Scope;

/** {@code search_notes}: full-text search over titles, tags and content, best match first. */
public final class SearchNotesTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"required":["query"],"properties":{
                  "query":{"type":"string","minLength":1,"maxLength":500,"description":"Words to look for"},
                  "limit":{"type":"integer","minimum":1,"maximum":100,"default":20,"description":"Most results to return"}}}""";

    private final SearchNotesUseCase searchNotes;

    public SearchNotesTool(SearchNotesUseCase searchNotes) {
        this.searchNotes = searchNotes;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("search_notes", "Search notes",
                "Search your notes for words in their title, tags and content; best matches first.",
                SCHEMA, Scope.NOTES_READ);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        SearchQuery query = new SearchQuery(arguments.requiredString("query"));
        PageLimit limit = arguments.optionalInteger("limit").map(PageLimit::new).orElse(PageLimit.DEFAULT);
        var hits = searchNotes.search(new SearchNotesUseCase.Query(caller, query, limit));
        return ToolOutcome.success(new NoteViews.SearchResults(query.text(),
                hits.stream().map(NoteViews.SearchResult::fromDomain).toList()));
    }
}
