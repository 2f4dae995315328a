package dev.notesmcp.adapter.oidc;

import java.util.Objects;
import java.util.Optional;

/** Who may sign in once the provider said who they are: a preset's allow-list. */
interface Admission {

    /** Everyone the provider identifies. */
    Admission EVERYONE = claims -> Optional.empty();

    /** Empty to let the user in; otherwise why not. */
    Optional<Refusal> refusal(VerifiedClaims claims);

    /** Words for the user (shown on a page, the client told access_denied) and a reason for the log. */
    record Refusal(String userMessage, String logReason) {
        public Refusal {
            Objects.requireNonNull(userMessage, "userMessage");
            Objects.requireNonNull(logReason, "logReason");
        }
    }
}
