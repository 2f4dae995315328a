package dev.notesmcp.domain.oauth;

import java.util.Objects;

/** What presenting an authorization code came to. */
public sealed interface Redemption {

    /** First use with everything right: issue tokens for this code's grant. */
    record Redeemed(AuthorizationCode code) implements Redemption {
        public Redeemed {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Wrong client, expired, wrong redirect URI or verifier; the code is spent all the same. */
    record Rejected(OAuthError error) implements Redemption {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The code was used before: revoke everything issued from it (RFC 6749 §4.1.2, RFC 9700 §4.5). */
    record Replayed(GrantId grant) implements Redemption {
        public Replayed {
            Objects.requireNonNull(grant, "grant");
        }
    }

    static Redemption rejected(String description) {
        return new Rejected(OAuthError.invalidGrant(description));
    }
}
