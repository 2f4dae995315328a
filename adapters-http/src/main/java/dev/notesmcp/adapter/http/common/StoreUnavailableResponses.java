package dev.notesmcp.adapter.http.common;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;

/**
 * Any request that needs a store that is down gets 503, {@code Retry-After} and a JSON error, never
 * a stack trace. The server keeps running and recovers by itself when the store returns.
 */
public final class StoreUnavailableResponses implements ErrorHandler<StoreUnavailableException> {

    public static final int RETRY_AFTER_SECONDS = 5;
    private static final System.Logger LOG = System.getLogger(StoreUnavailableResponses.class.getName());

    @Override
    public void handle(ServerRequest request, ServerResponse response, StoreUnavailableException e) {
        LOG.log(Level.WARNING, e.getMessage() + " while serving " + request.path().path()
                + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        send(response);
    }

    public static void send(ServerResponse response) {
        response.status(Status.SERVICE_UNAVAILABLE_503)
                .header(HeaderNames.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send("{\"error\":\"temporarily_unavailable\",\"error_description\":\"storage is unavailable;"
                        + " retry in a few seconds\"}");
    }
}
