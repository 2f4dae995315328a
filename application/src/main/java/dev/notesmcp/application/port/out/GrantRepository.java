package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Instant;
import java.util.List;
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

    /** An access token's id and when it stops being valid anyway. */
    record IssuedAccessToken(String tokenId, Instant expiresAt) {
    }
}
