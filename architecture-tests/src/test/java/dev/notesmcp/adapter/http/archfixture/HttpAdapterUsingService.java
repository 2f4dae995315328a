package dev.notesmcp.adapter.http.archfixture;

import dev.notesmcp.application.service.note.GetNoteService;

/** An adapter bound to a service class instead of its use-case interface. */
public final class HttpAdapterUsingService {

    private final GetNoteService service;

    public HttpAdapterUsingService(GetNoteService service) {
        this.service = service;
    }

    public GetNoteService service() {
        return service;
    }
}
