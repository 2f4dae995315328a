package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.DeleteNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.token.Scope;

/** {@code delete_note}: removes a note for good. */
public final class DeleteNoteTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"required":["id"],"properties":{
                  "id":{"type":"string","description":"The note's id"}}}""";

    private final DeleteNoteUseCase deleteNote;

    public DeleteNoteTool(DeleteNoteUseCase deleteNote) {
        this.deleteNote = deleteNote;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("delete_note", "Delete note",
                "Delete one of your notes, by id. This cannot be undone.",
                SCHEMA, Scope.NOTES_WRITE);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        NoteId id = new NoteId(arguments.requiredString("id"));
        return deleteNote.delete(caller, id)
                ? ToolOutcome.success(new NoteViews.Deleted(id.value(), true))
                : ToolOutcome.noteNotFound(id.value());
    }
}
