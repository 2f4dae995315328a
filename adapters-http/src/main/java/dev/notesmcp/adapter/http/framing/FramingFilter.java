package dev.notesmcp.adapter.http.framing;

import dev.notesmcp.adapter.http.errors.ErrorBody;
import dev.notesmcp.adapter.http.errors.ErrorMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.RequestException;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first filter of the routing: no request leaves bytes on its connection that could be read as
 * the next request. Broken framing is refused before any handler runs; after the answer, a body the
 * handler did not read is drained (within the size limit and the read timeout) or the connection is
 * closed, and a connection the client or the answer marked {@code close} is closed right after that. Helidon
 * 4.3 does neither by itself after {@code Connection: close} (helidon-io/helidon#12324).
 */
public final class FramingFilter implements Filter {

    /** When the server's own limit is unknown (-1), drain at most this much before closing instead. */
    private static final long DEFAULT_DRAIN_LIMIT = 1024 * 1024;

    private final StallGuard guard;
    private final ErrorMapper errors;

    public FramingFilter(Duration readTimeout, ErrorMapper errors) {
        this.guard = new StallGuard(readTimeout);
        this.errors = errors;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Optional<ErrorBody> refusal = FramingRules.refusal(request.headers());
        if (refusal.isPresent()) {
            errors.refuse(request, response, refusal.get());
            throw new CloseConnectionException("closed after refusing the framing of a request");
        }
        boolean clientCloses = asksToClose(request.headers());
        if (clientCloses) {
            response.header(HeaderValues.CONNECTION_CLOSE);
        }
        Body body = new Body();
        request.streamFilter(body::guard);
        try {
            chain.proceed();
        } catch (CloseConnectionException | RequestException e) {
            // Helidon's own: it closes, or answers through the (JSON) direct handlers.
            throw e;
        } catch (RuntimeException e) {
            // From a filter after this one; handlers' exceptions reach the same mapper through routing.error.
            errors.handle(request, response, e);
        }
        if (!response.isSent()) {
            return;
        }
        // Drained even when the connection closes anyway: closing on unread bytes makes the kernel send
        // a reset, which can destroy the answer before the client reads it (RFC 9112 §9.6, lingering close).
        boolean drained = drained(request, body);
        if (clientCloses || response.headers().contains(HeaderValues.CONNECTION_CLOSE) || !drained) {
            throw new CloseConnectionException("closed after the response, as HTTP/1.1 framing requires");
        }
    }

    /** RFC 9112 §9.6: the "close" connection option, in any case. */
    private static boolean asksToClose(Headers headers) {
        return headers.all(HeaderNames.CONNECTION, List::of).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(option -> option.strip().equalsIgnoreCase("close"));
    }

    /** Reads what is left of the body, so the connection can serve the next request; false when it cannot. */
    private boolean drained(RoutingRequest request, Body body) {
        if (request.content().consumed()) {
            return true;
        }
        if (request.headers().contains(HeaderValues.EXPECT_100) && !request.continueSent()) {
            // The client waits for our 100 before sending the body: closing is cheaper than inviting it.
            return false;
        }
        long limit = request.listenerContext().config().maxPayloadSize();
        try {
            InputStream in = body.stream != null ? body.stream : request.content().inputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > (limit > 0 ? limit : DEFAULT_DRAIN_LIMIT)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Stalled, malformed or cut short: the connection's state is unknown.
            return false;
        }
    }

    /** The guarded body stream of one request, once a handler (or the drain) asks for it. */
    private final class Body {
        private GuardedBody stream;

        private InputStream guard(InputStream raw) {
            stream = new GuardedBody(raw, guard);
            return stream;
        }
    }
}
