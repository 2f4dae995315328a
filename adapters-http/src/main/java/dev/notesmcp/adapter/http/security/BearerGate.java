package dev.notesmcp.adapter.http.security;

import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import io.helidon.security.Security;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.security.SecurityFeature;
import io.helidon.webserver.security.SecurityHttpFeature;

/**
 * helidon-security set up as our bearer gate: one authentication provider (ours), a feature
 * that gives each request its security context, and the handler to put in front of protected
 * routes.
 */
public final class BearerGate {

    private static final String PROVIDER_NAME = "notes-mcp-bearer";

    private final Security security;

    public BearerGate(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.security = Security.builder()
                .addAuthenticationProvider(new BearerTokenAuthenticationProvider(verifyAccessToken, challenge),
                        PROVIDER_NAME)
                .build();
    }

    /** Register on the routing before any protected route. */
    public HttpFeature feature() {
        return SecurityHttpFeature.create(security);
    }

    /**
     * Authenticates the request or answers 401 itself. Auditing is off: the default audit
     * provider would log every MCP call, and the access log already records requests.
     */
    public Handler authenticate() {
        return SecurityFeature.authenticate().skipAudit();
    }
}
