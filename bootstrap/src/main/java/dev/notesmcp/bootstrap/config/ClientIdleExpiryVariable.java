package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code CLIENT_IDLE_EXPIRY}: how long a registered client may go unused before the background
 * cleaner removes it (default 30 days), in the syntax of the other lifetimes. At least an hour, since
 * a client's use is recorded at most hourly and a shorter expiry could remove one mid-sign-in.
 */
final class ClientIdleExpiryVariable {

    static final String NAME = "CLIENT_IDLE_EXPIRY";
    static final Duration DEFAULT = Duration.ofDays(30);
    static final Duration MINIMUM = Duration.ofHours(1);

    private ClientIdleExpiryVariable() {
    }

    static Duration read(Environment env, List<String> problems) {
        Optional<String> raw = env.get(NAME);
        if (raw.isEmpty()) {
            return DEFAULT;
        }
        try {
            Duration idle = Durations.parse(raw.get());
            if (idle.compareTo(MINIMUM) < 0) {
                problems.add(NAME + ": must be at least 1h (got '" + raw.get() + "'); clients unused for this long"
                        + " are removed");
                return DEFAULT;
            }
            return idle;
        } catch (IllegalArgumentException e) {
            problems.add(NAME + ": " + e.getMessage());
            return DEFAULT;
        }
    }
}
