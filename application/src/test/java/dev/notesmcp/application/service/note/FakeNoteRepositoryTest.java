package dev.notesmcp.application.service.note;

import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.NoteRepositoryContract;

/** The services' fake must keep the same promises as the real stores. */
class FakeNoteRepositoryTest extends NoteRepositoryContract {

    @Override
    protected NoteRepository newRepository() {
        return new FakeNoteRepository();
    }
}
