package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The consent decision. Only a form carrying the CSRF token of the page we rendered, posted from
 * the browser that page was shown in, counts; the pending request is consumed either way. Approval sends the browser to the upstream sign-in
 * with a fresh, single-use {@code state}; denial answers the client with {@code access_denied}.
 */
public final class DecideConsentService implements DecideConsentUseCase {

    static final String START_AGAIN = " Please start again from your application.";

    private final PendingAuthorizationStore pending;
    private final UpstreamIdentityProvider upstream;
    private final URI callbackUrl;
    private final ClientRedirects redirects;
    private final Clock clock;

    public DecideConsentService(PendingAuthorizationStore pending, UpstreamIdentityProvider upstream, URI callbackUrl,
                                TokenPolicy policy, Clock clock) {
        this.pending = pending;
        this.upstream = upstream;
        this.callbackUrl = callbackUrl;
        this.redirects = new ClientRedirects(policy.issuer());
        this.clock = clock;
    }

    @Override
    public Step decide(Command command) {
        Optional<PendingAuthorization> request = pending.takeForConsent(command.pendingId())
                .filter(p -> !p.isExpiredAt(clock.instant()));
        if (request.isEmpty()) {
            return new ShowError("This authorization request has expired or was already answered." + START_AGAIN);
        }
        PendingAuthorization authorization = request.get();
        if (!authorization.csrfHash().matches(command.csrfToken())
                || !command.browserToken().map(authorization.csrfHash()::matches).orElse(false)) {
            return new ShowError("The consent form could not be verified." + START_AGAIN);
        }
        if (!command.approved()) {
            return redirects.error(authorization.request().redirectUri(),
                    OAuthError.of(OAuthErrorCode.ACCESS_DENIED, "the user denied access"),
                    authorization.request().state());
        }
        OpaqueToken state = OpaqueToken.random();
        pending.awaitLogin(state.hash(), authorization);
        return new RedirectToLogin(upstream.authorizationUrl(state.value(), callbackUrl), state.value());
    }
}
