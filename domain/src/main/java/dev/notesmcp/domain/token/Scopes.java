package dev.notesmcp.domain.token;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A set of the resource's scopes, written on the wire as space-separated names (RFC 6749 §3.3).
 * {@link #OFFLINE_ACCESS} is not one of them: it is a request to the authorization server, not a
 * permission at {@code /mcp}, so no token, metadata document of the resource or challenge carries it.
 */
public record Scopes(Set<Scope> values) {

    /**
     * The OpenID Connect way of asking for a refresh token, which MCP clients may add when the
     * authorization server lists it (MCP 2026-07-28 "Refresh Tokens", SEP-2207). It means nothing
     * to the resource server (SEP-2207: never in its challenges or its metadata).
     */
    public static final String OFFLINE_ACCESS = "offline_access";

    private static final Scopes NONE = new Scopes(EnumSet.noneOf(Scope.class));

    public Scopes {
        values = values.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Scope.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    public static Scopes all() {
        return new Scopes(EnumSet.allOf(Scope.class));
    }

    public static Scopes of(Scope... scopes) {
        return scopes.length == 0 ? NONE : new Scopes(EnumSet.copyOf(Arrays.asList(scopes)));
    }

    /**
     * Every scope name the authorization server accepts in a {@code scope} parameter (its metadata's
     * {@code scopes_supported}): the resource's scopes and {@link #OFFLINE_ACCESS}.
     */
    public static List<String> authorizationServerNames() {
        return Stream.concat(Arrays.stream(Scope.values()).map(Scope::value), Stream.of(OFFLINE_ACCESS)).toList();
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

    /**
     * Parses the {@code scope} parameter of an authorization or token request: like {@link #parse},
     * except that {@link #OFFLINE_ACCESS} is accepted and left out. Whether a refresh token is issued
     * is decided by the client's registered grant types, not by this name (see {@code RegisteredClient}).
     */
    public static Scopes parseRequested(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return of();
        }
        return new Scopes(Arrays.stream(spaceSeparated.trim().split(" +"))
                .filter(name -> !name.equals(OFFLINE_ACCESS))
                .map(Scope::fromValue)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class))));
    }

    /** These scopes and {@code others}. */
    public Scopes union(Scopes others) {
        if (others.values.isEmpty() || values.containsAll(others.values)) {
            return this;
        }
        EnumSet<Scope> union = EnumSet.noneOf(Scope.class);
        union.addAll(values);
        union.addAll(others.values);
        return new Scopes(union);
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
