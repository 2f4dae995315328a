package dev.notesmcp.domain.archfixture;

import dev.notesmcp.adapter.memory.note.InMemoryNoteRepository;

/** The domain reaching out to an adapter. */
public final class DomainUsingAdapter {

    public Object repository() {
        return new InMemoryNoteRepository();
    }
}
