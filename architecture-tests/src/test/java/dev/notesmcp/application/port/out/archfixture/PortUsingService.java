package dev.notesmcp.application.port.out.archfixture;

import dev.notesmcp.application.service.note.CreateNoteService;

/** A port that knows the service implementing it. */
public interface PortUsingService {

    CreateNoteService service();
}
