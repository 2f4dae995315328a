package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;

import java.util.Objects;

/**
 * A token that lacks scopes a request needs (RFC 6750 §3.1 {@code insufficient_scope}), and which
 * scopes the challenge asks for: every missing one at once (MCP 2026-07-28 "Scope Challenge
 * Handling", SEP-2350: one challenge per operation, never one scope after another), together with
 * the ones the token already has. MCP 2025-11-25 recommends the latter ("include both existing
 * relevant scopes and newly required scopes to prevent clients from losing previously granted
 * permissions"), since its clients may replace their scopes with the challenge's; 2026-07-28 makes
 * clients add the challenge to what they had and leaves including granted scopes to the server, so
 * both kinds of client end up with a token that serves this request and everything before it.
 */
public record ScopeShortfall(Scopes missing, Scopes granted) {

    public ScopeShortfall {
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(granted, "granted");
        if (missing.isEmpty()) {
            throw new InvalidValueException("scope", "a shortfall misses at least one scope");
        }
    }

    /** The {@code scope} of the challenge. */
    public Scopes toRequest() {
        return granted.union(missing);
    }
}
