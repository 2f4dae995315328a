package dev.notesmcp.adapter.http.page;

import java.util.List;
import java.util.Objects;

/**
 * What the consent page shows. Every text may come from the client (its name, its redirect
 * host), so the template escapes each by where it stands.
 *
 * @param action where the form posts (our {@code /authorize/consent})
 */
public record ConsentPage(String clientName, List<Permission> permissions, String redirectHost, String action,
                          String requestId, String csrfToken) {

    public ConsentPage {
        Objects.requireNonNull(clientName, "clientName");
        permissions = List.copyOf(permissions);
        Objects.requireNonNull(redirectHost, "redirectHost");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    /** One line of "wants to:": what it allows, in words, and the scope's name. */
    public record Permission(String description, String scope) {
    }

    @Override
    public String toString() {
        return "ConsentPage[clientName=" + clientName + ", requestId=" + requestId + ", csrfToken=***]";
    }
}
