package dev.notesmcp.adapter.http.security;

import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.SecurityEnvironment;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The bearer gate on helidon-security: our {@link BearerTokenAuthenticationProvider} is the only
 * authentication provider, and this handler runs it in front of protected routes.
 *
 * <p>Why not {@code SecurityFeature}: measured here (bench/README.md), its filter builds a full
 * security environment (all headers copied twice, URI, peer attributes, endpoint config) for
 * <em>every</em> request on the server and audits each POST with stack walks, about 15–25 µs of
 * CPU per request on a 2-core machine. This handler builds the environment from the one header the
 * provider reads, for the gated route only; handlers find the {@link SecurityContext} in the
 * request context exactly as with the feature. The server must not auto-discover features
 * ({@code featuresDiscoverServices(false)}), or Helidon adds a provider-less security feature.
 */
public final class BearerGate implements Handler {

    private static final String PROVIDER_NAME = "notes-mcp-bearer";
    private static final int UNAUTHORIZED = 401;

    private final Security security;

    public BearerGate(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.security = Security.builder()
                .addAuthenticationProvider(new BearerTokenAuthenticationProvider(verifyAccessToken, challenge),
                        PROVIDER_NAME)
                .build();
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        SecurityEnvironment.Builder environment = security.environmentBuilder()
                .method(request.prologue().method().text())
                .path(request.path().path())
                .transport(request.isSecure() ? "https" : "http");
        request.headers().find(HeaderNames.AUTHORIZATION).ifPresent(authorization -> {
            if (authorization.valueCount() == 1) {
                environment.header("Authorization", authorization.get());
            } else {
                // All of them, so the provider can refuse the request (RFC 6750 §3.1) rather than pick one.
                environment.header("Authorization", authorization.allValues());
            }
        });
        SecurityContext context = security.contextBuilder(PROVIDER_NAME).env(environment.build()).build();
        AuthenticationResponse authentication = context.atnClientBuilder().submit();
        if (authentication.status().isSuccess()) {
            request.context().register(context);
            response.next();
            return;
        }
        authentication.responseHeaders()
                .forEach((name, values) -> response.headers().set(HeaderValues.create(name, values)));
        response.status(Status.create(authentication.statusCode().orElse(UNAUTHORIZED))).send();
    }
}
