package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;

/** A user pages through their notes, newest first. */
public interface ListNotesUseCase {

    NotePage list(NoteListQuery query);
}
