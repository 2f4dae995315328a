package dev.notesmcp.adapter.http.archfixture;

import dev.notesmcp.application.port.in.note.DeleteNoteUseCase;

/** An adapter implementing a use case itself instead of calling one. */
public abstract class HttpAdapterImplementingUseCase implements DeleteNoteUseCase {
}
