package dev.notesmcp.adapter.http.security;

import dev.notesmcp.adapter.http.security.BearerOutcome.Admitted;
import dev.notesmcp.adapter.http.security.BearerOutcome.Refused;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Optional;

/**
 * The bearer gate, a route handler in front of {@code POST /mcp}: it hands the request's
 * {@code Authorization} values to {@link BearerAuthentication} and either lets the request on
 * with the caller in its context ({@link #caller}) or answers the refusal, body-less, with its
 * {@code WWW-Authenticate} challenge.
 *
 * <p>Why not helidon-security: its per-request cost on this path (a security environment and
 * context, provider selection, a {@code Subject}, and an audit event whose logger walks the stack)
 * was ≈16 % of the CPU samples of an authenticated {@code tools/call list_notes} (bench/README.md),
 * for one header check that calls our own use case. This class is the whole gate.
 */
public final class BearerGate implements Handler {

    private final BearerAuthentication authentication;

    public BearerGate(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.authentication = new BearerAuthentication(verifyAccessToken, challenge);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        switch (authentication.authenticate(authorizations(request.headers()))) {
            case Admitted admitted -> {
                request.context().register(admitted);
                response.next();
            }
            case Refused refused -> {
                response.header(HeaderNames.WWW_AUTHENTICATE, refused.challenge());
                response.status(Status.create(refused.status())).send();
            }
        }
    }

    /**
     * The caller the gate admitted for this request.
     *
     * @throws IllegalStateException when the gate did not run before the handler asking: a wiring mistake
     */
    public static AccessTokenClaims caller(ServerRequest request) {
        return request.context().get(Admitted.class)
                .map(Admitted::caller)
                .orElseThrow(() -> new IllegalStateException("/mcp reached without an authenticated caller;"
                        + " is the bearer gate registered for this route?"));
    }

    /** Every Authorization value: all of them when there are several, so the gate refuses rather than picks one. */
    private static List<String> authorizations(ServerRequestHeaders headers) {
        Optional<Header> authorization = headers.find(HeaderNames.AUTHORIZATION);
        if (authorization.isEmpty()) {
            return List.of();
        }
        Header values = authorization.get();
        return values.valueCount() == 1 ? List.of(values.get()) : values.allValues();
    }
}
