package dev.notesmcp.application.port.out.archfixture;

/** An outgoing port as an abstract class instead of an interface. */
public abstract class NoteRepositoryBase {

    public abstract void clear();
}
