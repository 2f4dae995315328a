package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.domain.oauth.ClientAssertion;
import dev.notesmcp.domain.oauth.ClientKeys;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates a {@code private_key_jwt} client by its assertion (RFC 7523 §3): signed by a key
 * of its document ({@link ClientAssertionVerifier}), claims acceptable ({@link ClientAssertion#refusal}),
 * and never seen before ({@link UsedClientAssertions}) — checked last, so a bad assertion cannot
 * burn the {@code jti} of a good one.
 */
public final class ClientAssertionCheck {

    private final ClientAssertionVerifier verifier;
    private final UsedClientAssertions used;
    private final Set<String> audiences;
    private final Clock clock;

    /**
     * {@code issuer} is this authorization server's identifier; an assertion's {@code aud} may name
     * it or its token endpoint (RFC 7523 §3 item 3), whichever endpoint it is presented at.
     */
    public ClientAssertionCheck(ClientAssertionVerifier verifier, UsedClientAssertions used, String issuer,
                                Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.used = Objects.requireNonNull(used, "used");
        this.audiences = Set.of(issuer, issuer + "/token");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Why {@code assertion} does not authenticate {@code client}, or empty when it does. */
    Optional<OAuthError> refusal(RegisteredClient client, ClientKeys keys, String assertion) {
        return switch (verifier.verify(assertion, keys)) {
            case ClientAssertionVerifier.Invalid invalid ->
                    Optional.of(OAuthError.invalidClient("the client assertion is refused: " + invalid.reason()));
            case ClientAssertionVerifier.Verified verified -> {
                ClientAssertion claims = verified.assertion();
                Instant now = clock.instant();
                Optional<OAuthError> refusal = claims.refusal(client.id(), audiences, now);
                if (refusal.isPresent()) {
                    yield refusal;
                }
                // Kept past exp by the skew, as long as a clock-skewed server would still take it.
                boolean first = used.firstUse(claims.replayKey(), claims.expiresAt().plus(ClientAssertion.CLOCK_SKEW));
                yield first ? Optional.empty() : Optional.of(OAuthError.invalidClient(
                        "the client assertion is refused: it was already used (send a new jti each time)"));
            }
        };
    }
}
