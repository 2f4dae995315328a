package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Grants and the access tokens issued under them (durable), so that revoking a grant can name
 * every access token that must stop working.
 */
public interface GrantRepository {

    void add(Grant grant);

    Optional<Grant> find(GrantId id);

    /**
     * Remembers an access token issued under the grant until it expires. False, and nothing
     * recorded, when the grant is unknown or revoked: the token must then not be handed out.
     */
    boolean recordAccessToken(GrantId grant, IssuedAccessToken token, Instant now);

    /**
     * Marks the grant revoked (idempotent) and returns the access tokens issued under it that
     * have not yet expired at {@code now}.
     */
    List<IssuedAccessToken> revoke(GrantId id, Instant now);

    /**
     * The grants, revoked ones included, of the user and/or the client the filter names (every
     * grant when it names neither), newest first.
     */
    List<Grant> list(GrantFilter filter);

    /** Which grants {@link #list} returns: empty means any user, any client. */
    record GrantFilter(Optional<UserId> user, Optional<ClientId> client) {
        public static final GrantFilter ALL = new GrantFilter(Optional.empty(), Optional.empty());

        public GrantFilter {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(client, "client");
        }

        public static GrantFilter ofUser(UserId user) {
            return new GrantFilter(Optional.of(user), Optional.empty());
        }

        public static GrantFilter ofClient(ClientId client) {
            return new GrantFilter(Optional.empty(), Optional.of(client));
        }

        public boolean matches(Grant grant) {
            return user.map(grant.user()::equals).orElse(true) && client.map(grant.client()::equals).orElse(true);
        }
    }

    /** An access token's id and when it stops being valid anyway. */
    record IssuedAccessToken(String tokenId, Instant expiresAt) {
    }
}
