package dev.notesmcp.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand, shared by every part of a server started with it (codes,
 * refresh tokens, pending authorizations, JWT expiry). It starts at the real time, so tokens it
 * dates look ordinary, and it only ever moves forward.
 */
final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    TestClock() {
        this(Instant.now());
    }

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Moves time forward; everything the server dates from now on is that much later. */
    void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("this clock only moves forward");
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the server works in UTC");
    }
}
