package dev.notesmcp.adapter.http.errors;

import dev.notesmcp.adapter.http.clientaddress.ClientAddress;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place an uncaught exception becomes an answer, for the whole server: a JSON
 * {@link ErrorBody} without internals, and at most one log line, rate limited per client. Client
 * mistakes are never logged with a stack trace; a 500 is (it is our bug), under a reference the
 * client is given.
 */
public final class ErrorMapper implements ErrorHandler<Throwable> {

    public static final int RETRY_AFTER_SECONDS = 5;
    private static final String STORE_KEY = "unavailable stores";

    private final BoundedLog log;

    public ErrorMapper(BoundedLog log) {
        this.log = log;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable e) {
        ErrorBody error = map(e);
        log(request, error, e);
        if (e instanceof StoreUnavailableException) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        }
        error.send(response);
    }

    /** Answers a request the server refuses itself (e.g. broken framing), logged like a mapped error. */
    public void refuse(ServerRequest request, ServerResponse response, ErrorBody error) {
        log(request, error, null);
        error.send(response);
    }

    static ErrorBody map(Throwable e) {
        return switch (e) {
            case StoreUnavailableException unavailable -> ErrorBody.of(Status.SERVICE_UNAVAILABLE_503,
                    "temporarily_unavailable", "storage is unavailable; retry in a few seconds");
            case MalformedBodyException malformed -> ErrorBody.of(Status.BAD_REQUEST_400, "invalid_request",
                    malformed.getMessage()).closingTheConnection();
            case HttpException http when http.status().code() < 500 -> clientError(http);
            default -> ErrorBody.of(Status.INTERNAL_SERVER_ERROR_500, "server_error",
                    "the server failed to answer this request; it is logged under the reference below")
                    .withReference(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        };
    }

    /** Helidon's own refusals (404, 405, 415…): their status, with our wording (their messages may quote input). */
    private static ErrorBody clientError(HttpException http) {
        Status status = http.status();
        ErrorBody body = ErrorBody.of(status, switch (status.code()) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "invalid_request";
        }, "the request was refused: " + status.code() + " " + status.reasonPhrase());
        return http.keepAlive() ? body : body.closingTheConnection();
    }

    private void log(ServerRequest request, ErrorBody error, Throwable e) {
        String what = error.status().code() + " for " + request.prologue().method().text() + " "
                + LogText.safe(request.path().rawPath()) + " from " + client(request);
        if (e instanceof StoreUnavailableException unavailable) {
            log.log(STORE_KEY, Level.WARNING, what + ": " + LogText.safe(unavailable.getMessage())
                    + (unavailable.getCause() == null ? "" : " (" + LogText.safe(unavailable.getCause().toString()) + ")"), null);
        } else if (error.reference().isPresent()) {
            log.log(client(request), Level.ERROR, what + " [reference " + error.reference().get() + "]", e);
        } else if (error.closeConnection()) {
            // Broken framing: worth one line (a misbehaving client or proxy), never a stack trace.
            log.log(client(request), Level.INFO, what + ": " + error.description(), null);
        }
    }

    /** The address log lines name: the client behind trusted proxies (TRUSTED_PROXIES), else the peer. */
    private static String client(ServerRequest request) {
        return ClientAddress.of(request).value();
    }
}
