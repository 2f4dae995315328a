package dev.notesmcp.domain.token;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of scopes, written on the wire as space-separated names (RFC 6749 §3.3). */
public record Scopes(Set<Scope> values) {

    public Scopes {
        values = values.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Scope.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    public static Scopes all() {
        return new Scopes(EnumSet.allOf(Scope.class));
    }

    public static Scopes of(Scope... scopes) {
        return new Scopes(scopes.length == 0 ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(Arrays.asList(scopes)));
    }

    /** Parses {@code "notes:read notes:write"}; an unknown name is an {@code InvalidValueException}. */
    public static Scopes parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return of();
        }
        return new Scopes(Arrays.stream(spaceSeparated.trim().split(" +"))
                .map(Scope::fromValue)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class))));
    }

    public boolean contains(Scope scope) {
        return values.contains(scope);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The wire form, in a stable order. */
    public String asString() {
        return values.stream().map(Scope::value).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return asString();
    }
}
