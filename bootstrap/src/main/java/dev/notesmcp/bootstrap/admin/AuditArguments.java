package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.bootstrap.config.Durations;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The arguments of {@code admin audit …}, parsed into the query; every mistake is a usage error saying what to write. */
record AuditArguments(AuditQuery query, boolean json) {

    static final int DEFAULT_LIMIT = 100;
    static final String USAGE = """
            usage: java -jar notes-mcp.jar admin audit [--user USER] [--client CLIENT_ID] [--since 1h] [--limit N] [--json]
              newest first; --since takes 30s, 15m, 1h, 7d (or ISO-8601 such as PT1H);
              --limit 1 to %d (default %d); the trail is in the store only with AUDIT_LOG=store or both"""
            .formatted(AuditQuery.MAX_LIMIT, DEFAULT_LIMIT);

    /**
     * {@code arguments} start with {@code audit}; {@code --since} counts back from {@code now}.
     *
     * @throws InvalidValueException naming the option at fault and what it takes
     */
    static AuditArguments parse(List<String> arguments, Instant now) {
        List<String> words = new ArrayList<>(arguments.subList(1, arguments.size()));
        boolean json = words.remove("--json");
        Map<String, String> options = Options.parse(words, Set.of("--user", "--client", "--since", "--limit"));
        AuditQuery query = AuditQuery.latest(limit(Optional.ofNullable(options.get("--limit"))));
        if (options.containsKey("--user")) {
            query = query.user(value("--user", options.get("--user"), UserId::new));
        }
        if (options.containsKey("--client")) {
            query = query.client(value("--client", options.get("--client"), ClientId::new));
        }
        if (options.containsKey("--since")) {
            query = query.since(since(options.get("--since"), now));
        }
        return new AuditArguments(query, json);
    }

    /** The value's own rule, said of the option that carried it. */
    private static <T> T value(String option, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(option, e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static int limit(Optional<String> text) {
        String allowed = "must be a whole number from 1 to " + AuditQuery.MAX_LIMIT + ", e.g. --limit " + DEFAULT_LIMIT;
        try {
            int limit = text.map(Integer::parseInt).orElse(DEFAULT_LIMIT);
            if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
                throw new InvalidValueException("--limit", allowed);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("--limit", allowed);
        }
    }

    private static Instant since(String text, Instant now) {
        Duration back;
        try {
            back = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("--since", "must be a duration like 30s, 15m, 1h or 7d");
        }
        if (back.isNegative()) {
            throw new InvalidValueException("--since", "counts back from now: write a positive duration such as 1h");
        }
        try {
            return now.minus(back);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException("--since", "reaches before any time; write fewer days, e.g. 365d");
        }
    }
}
