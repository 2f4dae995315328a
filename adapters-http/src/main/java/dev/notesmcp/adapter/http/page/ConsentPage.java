package dev.notesmcp.adapter.http.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the consent page shows. Every text may come from the client (its name, its redirect
 * host), so the template escapes each by where it stands.
 *
 * @param action where the form posts (our {@code /authorize/consent})
 * @param verifiedHost the host serving a CIMD client's metadata document (the one thing verified
 *                     about it); empty for a registered client, whose name is unverified
 * @param signInChoices the configured identity providers, in order
 */
public record ConsentPage(String clientName, List<Permission> permissions, String redirectHost, String action,
                          String requestId, String csrfToken, Optional<String> verifiedHost,
                          List<SignInChoice> signInChoices) {

    public ConsentPage {
        signInChoices = List.copyOf(signInChoices);
        if (signInChoices.isEmpty()) {
            throw new IllegalArgumentException("a consent page offers at least one way to sign in");
        }
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(verifiedHost, "verifiedHost");
        permissions = List.copyOf(permissions);
        Objects.requireNonNull(redirectHost, "redirectHost");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    /** The verified host, or {@code null}, for the template (JTE tests for null). */
    public String verifiedHostOrNull() {
        return verifiedHost.orElse(null);
    }

    /** Several identity providers: one "Continue with …" button each instead of a single Allow. */
    public boolean offersAChoice() {
        return signInChoices.size() > 1;
    }

    /** One identity provider's button: the form value and the name people know it by. */
    public record SignInChoice(String provider, String displayName) {
    }

    /** One line of "wants to:": what it allows, in words, and the scope's name. */
    public record Permission(String description, String scope) {
    }

    @Override
    public String toString() {
        return "ConsentPage[clientName=" + clientName + ", requestId=" + requestId + ", csrfToken=***]";
    }
}
