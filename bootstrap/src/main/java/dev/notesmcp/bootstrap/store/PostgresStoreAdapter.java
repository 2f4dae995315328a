package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.postgres.PostgresSettings;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * PostgreSQL ({@code postgres}): {@code DATABASE_URL} (required once chosen), {@code DATABASE_SCHEMA}
 * (default {@code public}), {@code DATABASE_MIGRATE} (default true) and {@code DATABASE_POOL_SIZE}
 * (default 10), checked by the adapter's own {@link PostgresSettings}.
 */
public final class PostgresStoreAdapter implements StoreAdapter {

    public static final String NAME = "postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean holdsDurableState() {
        return true;
    }

    @Override
    public Optional<ConfiguredStore> configure(Function<String, Optional<String>> variables, boolean chosen,
                                               List<String> problems) {
        Optional<String> schema = schema(variables.apply("DATABASE_SCHEMA"), problems);
        Optional<Boolean> migrate = migrate(variables.apply("DATABASE_MIGRATE"), problems);
        Optional<Integer> poolSize = poolSize(variables.apply("DATABASE_POOL_SIZE"), problems);
        Optional<String> url = variables.apply("DATABASE_URL");
        if (url.isEmpty()) {
            // Checked here so a missing URL stops start-up, not the first request.
            if (chosen) {
                problems.add("DATABASE_URL: required with STORE=postgres or EPHEMERAL_STORE=postgres,"
                        + " e.g. postgres://user:password@localhost:5432/notes");
            }
            return Optional.empty();
        }
        PostgresSettings settings;
        try {
            settings = PostgresSettings.of(url.get());
        } catch (IllegalArgumentException e) {
            // DatabaseUrl's messages name the variable and never repeat the password.
            problems.add(e.getMessage());
            return Optional.empty();
        }
        if (schema.isEmpty() || migrate.isEmpty() || poolSize.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Postgres(settings.withSchema(schema.get()).withMaxPoolSize(poolSize.get()), migrate.get()));
    }

    private static Optional<String> schema(Optional<String> raw, List<String> problems) {
        String schema = raw.orElse(PostgresSettings.DEFAULT_SCHEMA);
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            problems.add("DATABASE_SCHEMA: must be a lower-case SQL identifier such as public or notes (got '"
                    + schema + "')");
            return Optional.empty();
        }
        return Optional.of(schema);
    }

    /** Connections to the database (default 10): two are kept for health checks and maintenance, the rest serve queries. */
    private static Optional<Integer> poolSize(Optional<String> raw, List<String> problems) {
        String value = raw.orElse(String.valueOf(PostgresSettings.DEFAULT_MAX_POOL_SIZE));
        if (value.matches("[0-9]{1,3}") && Integer.parseInt(value) >= 3) {
            return Optional.of(Integer.parseInt(value));
        }
        problems.add("DATABASE_POOL_SIZE: must be a whole number from 3 to 999 (got '" + value + "')");
        return Optional.empty();
    }

    /** The same words as every yes/no variable. */
    private static Optional<Boolean> migrate(Optional<String> raw, List<String> problems) {
        return switch (raw.orElse("true").toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> Optional.of(true);
            case "false", "no", "0", "off" -> Optional.of(false);
            default -> {
                problems.add("DATABASE_MIGRATE: must be true or false (got '" + raw.orElseThrow() + "')");
                yield Optional.empty();
            }
        };
    }

    /**
     * PostgreSQL with its checked settings ({@code DatabaseUrl}'s {@code toString} hides the
     * password); {@code migrate}: bring the schema up to date at start-up.
     */
    public record Postgres(PostgresSettings settings, boolean migrate) implements ConfiguredStore {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public boolean sharedByInstances() {
            return true;
        }

        @Override
        public StoreModule open(Clock clock) {
            return PostgresStoreModule.open(settings, migrate, clock);
        }
    }
}
