package dev.notesmcp.application.service.archfixture;

import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.domain.note.Note;

/** A use-case implementation not named {@code *Service}. */
public final class CreateNoteHandler implements CreateNoteUseCase {

    @Override
    public Note create(Command command) {
        throw new UnsupportedOperationException("fixture");
    }
}
