package dev.notesmcp.application.port.in.account;

import dev.notesmcp.domain.account.ConnectedApp;
import dev.notesmcp.domain.identity.UserId;

import java.util.List;
import java.util.Objects;

/**
 * For the signed-in user ({@code GET /account}): the apps holding access to their notes, and
 * revoking one of them. Every call names the user, and only that user's grants are read or ended.
 */
public interface ConnectedAppsUseCase {

    /** The user's connected apps, most recently used first; empty when no app has access. */
    List<ConnectedApp> connectedApps(UserId user);

    /**
     * Ends every grant the user gave {@code clientId}, as an operator's revoke does (refresh tokens
     * stop refreshing, live access tokens are refused), audited as revoked by the user. A client the
     * user holds no active grant of — another user's app, an unknown or malformed id — changes nothing.
     */
    Revocation revoke(UserId user, String clientId);

    sealed interface Revocation {
    }

    /** {@code app}: what was revoked, as it was listed. */
    record Revoked(ConnectedApp app) implements Revocation {
        public Revoked {
            Objects.requireNonNull(app, "app");
        }
    }

    /** Nothing of this user's to revoke; nothing changed. */
    record NotConnected() implements Revocation {
    }
}
