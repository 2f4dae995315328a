package dev.notesmcp.adapter.cimd;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a fetched document is reused: its {@code Cache-Control: max-age} (RFC 9111 §5.2.2.1),
 * held between {@link #MINIMUM} (so a document that forbids caching cannot make every request
 * fetch it again) and {@link #MAXIMUM} (so a changed document is seen within a day). A failure
 * is reused for {@link #FAILURE}, enough to stop hammering a broken host, short enough to recover.
 */
final class CacheLifetime {

    static final Duration MINIMUM = Duration.ofMinutes(1);
    static final Duration MAXIMUM = Duration.ofHours(24);
    static final Duration DEFAULT = Duration.ofMinutes(5);
    static final Duration FAILURE = Duration.ofSeconds(30);

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*max-age\\s*=\\s*\"?(\\d{1,10})\"?\\s*(?:,|$)");

    private CacheLifetime() {
    }

    /** The lifetime that the response's {@code Cache-Control} header values give it. */
    static Duration of(List<String> cacheControlValues) {
        String cacheControl = String.join(",", cacheControlValues).toLowerCase(Locale.ROOT);
        if (cacheControl.contains("no-store") || cacheControl.contains("no-cache")) {
            return MINIMUM;
        }
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        if (!matcher.find()) {
            return DEFAULT;
        }
        Duration maxAge = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        return maxAge.compareTo(MINIMUM) < 0 ? MINIMUM : maxAge.compareTo(MAXIMUM) > 0 ? MAXIMUM : maxAge;
    }
}
