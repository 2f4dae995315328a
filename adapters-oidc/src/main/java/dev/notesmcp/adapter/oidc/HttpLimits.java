package dev.notesmcp.adapter.oidc;

import java.time.Duration;
import java.util.Objects;

/**
 * How long we wait for an identity provider and how much of an answer we read, on every call:
 * discovery, the keys, the code exchange and userinfo. A provider that never answers or sends
 * endless bytes costs one sign-in, not a thread forever.
 *
 * @param connectTimeout  to open the connection
 * @param readTimeout     for the whole answer once connected (each wait for bytes, and the total)
 * @param maxAnswerBytes  the most we read of one answer
 */
public record HttpLimits(Duration connectTimeout, Duration readTimeout, int maxAnswerBytes) {

    public static final HttpLimits DEFAULT = new HttpLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 256 * 1024);

    public HttpLimits {
        connectTimeout = positive("connect timeout", connectTimeout);
        readTimeout = positive("read timeout", readTimeout);
        if (maxAnswerBytes < 1024) {
            throw new IllegalArgumentException("the identity provider answer limit must be at least 1024 bytes");
        }
    }

    private static Duration positive(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the identity provider " + name + " must be positive (and under 24 days)");
        }
        return duration;
    }

    int connectMillis() {
        return Math.toIntExact(Math.max(1, connectTimeout.toMillis()));
    }

    int readMillis() {
        return Math.toIntExact(Math.max(1, readTimeout.toMillis()));
    }
}
