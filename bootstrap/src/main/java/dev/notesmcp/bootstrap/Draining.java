package dev.notesmcp.bootstrap;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether the server is stopping, and how many requests are inside its routing. Once stopping, every
 * answer tells a keep-alive client not to send another request here (adapters-http's FramingFilter
 * then closes the connection after it), and the shutdown waits, within its grace, until no request
 * is left before the stores close. Helidon's {@code stop()} alone was not enough: it could return
 * while a handler on a kept-alive connection was still running, which then met a closed pool and
 * answered 503 to a request the server had accepted (GracefulShutdownIT, under load).
 */
final class Draining {

    private static final Duration POLL = Duration.ofMillis(2);

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Counts each request while its route runs, and marks its answer once the server is stopping. */
    Filter filter() {
        return (chain, request, response) -> {
            inFlight.incrementAndGet();
            try {
                if (stopping.get()) {
                    response.header(HeaderValues.CONNECTION_CLOSE);
                }
                chain.proceed();
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    void begin() {
        stopping.set(true);
    }

    /** Waits until no request is inside the routing or {@code deadlineNanos} ({@link System#nanoTime}) passes. */
    boolean awaitNoRequests(long deadlineNanos) {
        while (inFlight.get() > 0) {
            if (System.nanoTime() - deadlineNanos >= 0) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }
}
