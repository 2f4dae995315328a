package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.token.Scopes;

import java.util.Objects;

/** What presenting a refresh token came to. */
public sealed interface Rotation {

    /**
     * Issue an access token with {@code scopes} and a successor refresh token with the previous
     * token's scopes. {@code retry} says the token had been rotated moments ago and this is the
     * grace-window retry, to be honoured only if it is recorded first (the only one).
     */
    record Rotated(RefreshToken previous, Scopes scopes, boolean retry) implements Rotation {
        public Rotated {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(scopes, "scopes");
        }
    }

    record Rejected(OAuthError error) implements Rotation {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /** A retired token came back after the grace window, or after its one retry: revoke the whole grant. */
    record Reused(GrantId grant) implements Rotation {
        public Reused {
            Objects.requireNonNull(grant, "grant");
        }
    }

    static Rotation rejected(OAuthError error) {
        return new Rejected(error);
    }
}
