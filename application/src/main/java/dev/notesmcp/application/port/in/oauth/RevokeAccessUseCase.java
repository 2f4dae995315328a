package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.util.List;
import java.util.Optional;

/**
 * For operators ({@code admin grants|clients|users revoke}): ends grants so that their refresh
 * tokens stop refreshing and their live access tokens are refused. Each call is idempotent.
 */
public interface RevokeAccessUseCase {

    /** The grant as it now stands (revoked); empty when there is no such grant. */
    Optional<Grant> revokeGrant(GrantId id);

    /**
     * Removes the client's registration, so it can get no new grant or token, then ends every grant
     * of it; every other client, of the same users too, is untouched. Empty when the client has
     * neither a registration nor a grant.
     */
    Optional<ClientRevocation> revokeClient(ClientId id);

    /**
     * Ends every grant of the user, over every client, and forgets the consents remembered for
     * them, so no client gets back in without the user being asked again.
     */
    UserRevocation revokeUser(UserId user);

    /** {@code grants}: every grant the user held, each now revoked; {@code consentsForgotten}: how many went. */
    record UserRevocation(List<Grant> grants, int consentsForgotten) {
        public UserRevocation {
            grants = List.copyOf(grants);
        }

        /** Nothing of the user was in the store: an unknown user. */
        public boolean foundNothing() {
            return grants.isEmpty() && consentsForgotten == 0;
        }
    }

    /** {@code grants}: every grant the client held, each now revoked; {@code consentsForgotten}: how many went. */
    record ClientRevocation(boolean registrationRemoved, List<Grant> grants, int consentsForgotten) {
        public ClientRevocation {
            grants = List.copyOf(grants);
        }

        /** Nothing of the client was in the store: an unknown client. */
        public boolean foundNothing() {
            return !registrationRemoved && grants.isEmpty() && consentsForgotten == 0;
        }
    }
}
