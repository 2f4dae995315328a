package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.GetNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.token.Scope;

/** {@code get_note}: one whole note. */
public final class GetNoteTool implements NoteTool {

    private final GetNoteUseCase getNote;

    public GetNoteTool(GetNoteUseCase getNote) {
        this.getNote = getNote;
    }

    @Override
    public String name() {
        return "get_note";
    }

    @Override
    public String title() {
        return "Get note";
    }

    @Override
    public String description() {
        return "Read one of your notes in full, by id.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","additionalProperties":false,"required":["id"],"properties":{
                  "id":{"type":"string","description":"The note's id"}}}""";
    }

    @Override
    public Scope requiredScope() {
        return Scope.NOTES_READ;
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        NoteId id = new NoteId(arguments.requiredString("id"));
        return getNote.get(caller, id)
                .<ToolOutcome>map(note -> ToolOutcome.success(NoteViews.NoteView.fromDomain(note)))
                .orElseGet(() -> ToolOutcome.noteNotFound(id.value()));
    }
}
