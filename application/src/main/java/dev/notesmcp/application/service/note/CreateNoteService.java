package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.note.Note;

import java.time.Clock;

/** Creates a note owned by the caller. */
public final class CreateNoteService implements CreateNoteUseCase {

    private final NoteRepository notes;
    private final Clock clock;

    public CreateNoteService(NoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public Note create(Command command) {
        Note note = Note.create(command.owner(), command.title(), command.content(), command.tags(), clock.instant());
        notes.add(note);
        return note;
    }
}
