package dev.notesmcp.domain.token;

import java.util.Objects;

/** The outcome of checking a bearer token: the claims it proves, or why it proves nothing. */
public sealed interface TokenVerification {

    record Verified(AccessTokenClaims claims) implements TokenVerification {
        public Verified {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** {@code reason} is for the operator's log; clients only learn that the token is invalid. */
    record Rejected(String reason) implements TokenVerification {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static TokenVerification rejected(String reason) {
        return new Rejected(reason);
    }
}
