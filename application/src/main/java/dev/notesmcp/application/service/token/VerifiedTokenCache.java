package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.TokenVerification;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers tokens whose signature, issuer and audience have already been verified, so a client
 * that sends the same token on every MCP call pays for the HMAC and JSON parsing once. Expiry
 * is still checked on every call against the clock; rejected tokens are never cached. The
 * cache is bounded: when full it is emptied, which only costs re-verification.
 */
public final class VerifiedTokenCache implements AccessTokenVerifier {

    static final int DEFAULT_CAPACITY = 10_000;

    private final AccessTokenVerifier verifier;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentMap<String, AccessTokenClaims> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(AccessTokenVerifier verifier, Clock clock) {
        this(verifier, clock, DEFAULT_CAPACITY);
    }

    VerifiedTokenCache(AccessTokenVerifier verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public TokenVerification verify(String token) {
        AccessTokenClaims known = verified.get(token);
        if (known != null) {
            if (known.isExpiredAt(clock.instant())) {
                verified.remove(token);
                return TokenVerification.rejected("token expired");
            }
            return new TokenVerification.Verified(known);
        }
        TokenVerification verification = verifier.verify(token);
        if (verification instanceof TokenVerification.Verified(AccessTokenClaims claims)) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, claims);
        }
        return verification;
    }
}
