package dev.notesmcp.bootstrap.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where settings come from: the process environment over a {@code .env} file. */
public final class Environment {

    private final Map<String, String> values;

    private Environment(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The real environment wins over the {@code .env} file, as DESIGN.md promises. */
    public static Environment of(Map<String, String> dotEnv, Map<String, String> processEnvironment) {
        Map<String, String> merged = new HashMap<>(dotEnv);
        // An empty variable counts as unset, so it neither wins over .env nor hides a default.
        processEnvironment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(name, value);
            }
        });
        return new Environment(merged);
    }

    public static Environment of(Map<String, String> values) {
        return new Environment(values);
    }

    /** A variable's value; an empty or blank one counts as unset. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
