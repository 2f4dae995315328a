package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import dev.notesmcp.domain.token.Scope;

import java.util.List;

/** {@code create_note}: writes a new note. */
public final class CreateNoteTool implements NoteTool {

    private static final String SCHEMA = """
                {"type":"object","additionalProperties":false,"required":["title"],"properties":{
                  "title":{"type":"string","minLength":1,"maxLength":200,"description":"Title, 1 to 200 characters"},
                  "content":{"type":"string","maxLength":100000,"description":"Body text, up to 100 000 characters"},
                  "tags":{"type":"array","maxItems":20,"description":"Up to 20 tags without spaces",
                    "items":{"type":"string","minLength":1,"maxLength":50}}}}""";

    private final CreateNoteUseCase createNote;

    public CreateNoteTool(CreateNoteUseCase createNote) {
        this.createNote = createNote;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("create_note", "Create note",
                "Create a new note with a title, optional content and optional tags. Returns the note with its id.",
                SCHEMA, Scope.NOTES_WRITE);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        var command = new CreateNoteUseCase.Command(caller,
                new Title(arguments.requiredString("title")),
                arguments.optionalString("content").map(NoteContent::new).orElseGet(NoteContent::empty),
                Tags.of(arguments.optionalStringList("tags").orElse(List.of())));
        return ToolOutcome.success(NoteViews.NoteView.fromDomain(createNote.create(command)));
    }
}
