package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;
import java.util.Optional;

/** Authorization codes, by hash (short-lived). */
public interface AuthorizationCodeStore {

    void add(AuthorizationCode code);

    /**
     * Atomically marks the code redeemed at {@code now} and returns it <em>as it was before</em>:
     * exactly one of any number of concurrent callers sees it unredeemed. Empty for an unknown or
     * long-expired code.
     */
    Optional<AuthorizationCode> redeem(TokenHash hash, Instant now);
}
