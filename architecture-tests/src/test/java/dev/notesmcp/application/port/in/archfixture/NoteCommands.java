package dev.notesmcp.application.port.in.archfixture;

/** An incoming port not named for the one thing a user does. */
public interface NoteCommands {

    void archiveAll();
}
