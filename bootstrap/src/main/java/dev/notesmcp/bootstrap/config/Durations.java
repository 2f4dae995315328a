package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses lifetimes such as {@code 90s}, {@code 15m}, {@code 1h}, {@code 30d} or ISO-8601 {@code PT1H}. */
public final class Durations {

    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})([smhd])");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher matcher = SHORT_FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a duration like 90s, 15m, 1h or 30d (got '" + text + "')");
        }
    }
}
