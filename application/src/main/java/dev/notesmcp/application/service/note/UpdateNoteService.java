package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.in.note.UpdateNoteUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.note.Note;

import java.time.Clock;
import java.util.Optional;

/** Applies a change to one of the caller's notes. */
public final class UpdateNoteService implements UpdateNoteUseCase {

    private final NoteRepository notes;
    private final Clock clock;

    public UpdateNoteService(NoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public Optional<Note> update(Command command) {
        return notes.update(command.owner(), command.id(), note -> note.apply(command.changes(), clock.instant()));
    }
}
