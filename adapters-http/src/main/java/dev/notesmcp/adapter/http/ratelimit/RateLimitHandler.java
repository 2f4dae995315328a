package dev.notesmcp.adapter.http.ratelimit;

import dev.notesmcp.adapter.http.clientaddress.ClientAddress;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase.Endpoint;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Optional;

/**
 * Put in front of an OAuth endpoint: answers 429 with {@code Retry-After} once the client
 * address has used its permits, otherwise passes the request on. The address is the request's
 * {@link ClientAddress}: the socket's peer, or the client a trusted proxy names.
 */
public final class RateLimitHandler implements Handler {

    private final LimitRequestRateUseCase limiter;
    private final Endpoint endpoint;

    public RateLimitHandler(LimitRequestRateUseCase limiter, Endpoint endpoint) {
        this.limiter = limiter;
        this.endpoint = endpoint;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        if (request.prologue().method() == Method.OPTIONS) {
            response.next();
            return;
        }
        Optional<Duration> wait = limiter.admit(endpoint, ClientAddress.of(request).value());
        if (wait.isEmpty()) {
            response.next();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.status(Status.TOO_MANY_REQUESTS_429)
                .header(HeaderNames.RETRY_AFTER, String.valueOf(seconds))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send("{\"error\":\"temporarily_unavailable\",\"error_description\":\"too many requests from this"
                        + " address; retry after " + seconds + " seconds\"}");
    }
}
