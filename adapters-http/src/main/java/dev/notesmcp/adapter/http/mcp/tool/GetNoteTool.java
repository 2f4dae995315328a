package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.GetNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.token.Scope;

/** {@code get_note}: one whole note. */
public final class GetNoteTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"required":["id"],"properties":{
                  "id":{"type":"string","description":"The note's id"}}}""";

    private final GetNoteUseCase getNote;

    public GetNoteTool(GetNoteUseCase getNote) {
        this.getNote = getNote;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_note", "Get note",
                "Read one of your notes in full, by id.",
                SCHEMA, Scope.NOTES_READ);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        NoteId id = new NoteId(arguments.requiredString("id"));
        return getNote.get(caller, id)
                .<ToolOutcome>map(note -> ToolOutcome.success(NoteViews.NoteView.fromDomain(note)))
                .orElseGet(() -> ToolOutcome.noteNotFound(id.value()));
    }
}
