package dev.notesmcp.application.service.archfixture;

import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.domain.note.Note;

/** A well-named use-case implementation, for the rules to accept. */
public final class CreateNoteFixtureService implements CreateNoteUseCase {

    @Override
    public Note create(Command command) {
        throw new UnsupportedOperationException("fixture");
    }
}
