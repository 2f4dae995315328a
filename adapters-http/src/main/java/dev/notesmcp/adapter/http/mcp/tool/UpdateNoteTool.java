package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.UpdateNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteChanges;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import dev.notesmcp.domain.token.Scope;

/** {@code update_note}: changes the title, content or tags of a note. */
public final class UpdateNoteTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"required":["id"],"properties":{
                  "id":{"type":"string","description":"The note's id"},
                  "title":{"type":"string","minLength":1,"maxLength":200,"description":"New title"},
                  "content":{"type":"string","maxLength":100000,"description":"New body text"},
                  "tags":{"type":"array","maxItems":20,"description":"New tags (replace the old ones)",
                    "items":{"type":"string","minLength":1,"maxLength":50}}}}""";

    private final UpdateNoteUseCase updateNote;

    public UpdateNoteTool(UpdateNoteUseCase updateNote) {
        this.updateNote = updateNote;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("update_note", "Update note",
                "Change a note's title, content or tags; what you leave out stays as it is. Tags given replace all tags.",
                SCHEMA, Scope.NOTES_WRITE);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        NoteId id = new NoteId(arguments.requiredString("id"));
        var changes = new NoteChanges(
                arguments.optionalString("title").map(Title::new),
                arguments.optionalString("content").map(NoteContent::new),
                arguments.optionalStringList("tags").map(Tags::of));
        return updateNote.update(new UpdateNoteUseCase.Command(caller, id, changes))
                .<ToolOutcome>map(note -> ToolOutcome.success(NoteViews.NoteView.fromDomain(note)))
                .orElseGet(() -> ToolOutcome.noteNotFound(id.value()));
    }
}
