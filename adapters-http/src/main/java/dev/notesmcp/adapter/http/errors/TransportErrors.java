package dev.notesmcp.adapter.http.errors;

import dev.notesmcp.adapter.http.page.HtmlPages;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Errors Helidon finds itself, before or beside the routing (a request line or header it cannot
 * parse, a Content-Length that is not a number, a body over the size limit, a chunk size that is not
 * hex): the same JSON {@link ErrorBody} as the rest of the server instead of Helidon's text, and
 * one bounded log line without a stack trace. Helidon closes the connection after most of these.
 */
public final class TransportErrors implements DirectHandler {

    /** Helidon names no client here: these lines share one budget. */
    private static final String KEY = "transport errors";
    private static final Logger LOG = System.getLogger(TransportErrors.class.getName());

    private final BoundedLog log;

    public TransportErrors(BoundedLog log) {
        this.log = log;
    }

    /** JSON handlers for every kind of event, to give to {@code WebServer.builder().directHandlers(...)}. */
    public static DirectHandlers directHandlers() {
        TransportErrors handler = new TransportErrors(BoundedLog.forClients(LOG));
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders responseHeaders, Throwable thrown) {
        return answer(request, eventType, status, responseHeaders, thrown);
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders responseHeaders, String message) {
        return answer(request, eventType, status, responseHeaders, null);
    }

    private TransportResponse answer(TransportRequest request, EventType eventType, Status status,
                                     ServerResponseHeaders responseHeaders, Throwable thrown) {
        ErrorBody error = errorFor(status);
        String line = status.code() + " (" + eventType + ") for " + LogText.safe(request.method()) + " "
                + LogText.safe(request.path());
        if (status.code() >= 500) {
            log.log(KEY, Level.ERROR, line, thrown);
        } else {
            log.log(KEY, Level.INFO, line + (thrown == null ? "" : ": " + LogText.safe(thrown.getMessage())), null);
        }
        byte[] entity;
        if (status.code() < 500 && isBrowserRoute(request.path())) {
            // A person followed this link: a page telling them what to do, not JSON.
            entity = HtmlPages.errorPage(responseHeaders, "The address of this page is not valid (" + status.code()
                    + " " + status.reasonPhrase() + "). Please start again from your application.");
        } else {
            responseHeaders.set(HeaderNames.CONTENT_TYPE, "application/json");
            responseHeaders.set(HeaderNames.CACHE_CONTROL, "no-store");
            entity = error.json();
        }
        return TransportResponse.builder()
                .status(status)
                .headers(responseHeaders)
                .entity(entity)
                .keepAlive(status.code() < 500 && eventType.keepAlive())
                .build();
    }

    /** The pages a browser navigates to: the authorization flow, the upstream sign-in callbacks, the connected apps. */
    static boolean isBrowserRoute(String path) {
        return path != null && (path.equals("/authorize") || path.startsWith("/authorize/") || path.startsWith("/oauth/")
                || path.equals("/account") || path.startsWith("/account/"));
    }

    static ErrorBody errorFor(Status status) {
        return switch (status.code()) {
            case 413 -> ErrorBody.of(status, "payload_too_large",
                    "the request body is larger than this server accepts");
            case 505 -> ErrorBody.of(status, "http_version_not_supported", "send HTTP/1.1");
            case 503 -> ErrorBody.of(status, "temporarily_unavailable", "the server is busy; retry in a few seconds");
            default -> status.code() >= 500
                    ? ErrorBody.of(Status.INTERNAL_SERVER_ERROR_500, "server_error", "the server failed to answer this request")
                    : ErrorBody.of(status, "invalid_request", "the request is not valid HTTP/1.1 (RFC 9112): "
                    + status.code() + " " + status.reasonPhrase());
        };
    }
}
