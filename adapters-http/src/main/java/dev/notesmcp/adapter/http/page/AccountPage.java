package dev.notesmcp.adapter.http.page;

import java.util.List;
import java.util.Objects;

/**
 * What the connected-apps page shows the signed-in {@code user}. App names come from the apps
 * themselves, so the template escapes every text by where it stands.
 *
 * @param revoked whether to confirm that an app was just revoked
 */
public record AccountPage(String user, List<App> apps, String csrfToken, String revokeAction, String signOutAction,
                          boolean revoked) {

    public AccountPage {
        Objects.requireNonNull(user, "user");
        apps = List.copyOf(apps);
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(revokeAction, "revokeAction");
        Objects.requireNonNull(signOutAction, "signOutAction");
    }

    /**
     * One app: {@code clientId} is what its Revoke button posts; {@code verifiedHost} is
     * {@code null} for an app whose name is its own choice (JTE tests for null).
     */
    public record App(String clientId, String name, String verifiedHost, List<ConsentPage.Permission> permissions,
                      String firstUse, String lastUse) {
        public App {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(name, "name");
            permissions = List.copyOf(permissions);
            Objects.requireNonNull(firstUse, "firstUse");
            Objects.requireNonNull(lastUse, "lastUse");
        }
    }

    @Override
    public String toString() {
        return "AccountPage[user=" + user + ", apps=" + apps.size() + ", csrfToken=***]";
    }
}
