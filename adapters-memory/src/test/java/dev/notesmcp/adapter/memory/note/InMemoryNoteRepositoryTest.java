package dev.notesmcp.adapter.memory.note;

import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.NoteRepositoryContract;

class InMemoryNoteRepositoryTest extends NoteRepositoryContract {

    @Override
    protected NoteRepository newRepository() {
        return new InMemoryNoteRepository();
    }
}
