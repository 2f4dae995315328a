package dev.notesmcp.adapter.postgres.note;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.NoteRepositoryContract;

class PostgresNoteRepositoryTest extends NoteRepositoryContract {

    @Override
    protected NoteRepository newRepository() {
        return new PostgresNoteRepository(TestDatabase.dataSource());
    }
}
