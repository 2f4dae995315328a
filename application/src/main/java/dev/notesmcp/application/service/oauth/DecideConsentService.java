package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.PendingAuthorization;

import java.time.Clock;
import java.util.Optional;

/**
 * The consent decision. Only a form carrying the CSRF token of the page we rendered, posted from
 * the browser that page was shown in, counts; the pending request is consumed either way. Approval
 * sends the browser to the sign-in of the provider the user chose (the only one, when only one is
 * configured) with fresh, single-use secrets; denial answers the client with {@code access_denied}.
 */
public final class DecideConsentService implements DecideConsentUseCase {

    static final String START_AGAIN = " Please start again from your application.";

    private final PendingAuthorizationStore pending;
    private final IdentityProviders providers;
    private final UpstreamLogins logins;
    private final ClientRedirects redirects;
    private final Clock clock;

    private final Auditor audit;

    public DecideConsentService(PendingAuthorizationStore pending, IdentityProviders providers, TokenPolicy policy,
                                Clock clock) {
        this(pending, providers, policy, clock, AuditLog.none());
    }

    public DecideConsentService(PendingAuthorizationStore pending, IdentityProviders providers, TokenPolicy policy,
                                Clock clock, AuditLog audit) {
        this.audit = new Auditor(audit, clock);
        this.pending = pending;
        this.providers = providers;
        this.logins = new UpstreamLogins(pending, providers);
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
            audit.record(AuditEventKind.CONSENT_DENIED, event -> event.client(authorization.request().client()));
            return redirects.error(authorization.request().redirectUri(),
                    OAuthError.of(OAuthErrorCode.ACCESS_DENIED, "the user denied access"),
                    authorization.request().state());
        }
        Optional<UpstreamIdentityProvider> provider = command.provider().isPresent()
                ? providers.find(command.provider().get())
                : providers.single();
        if (provider.isEmpty()) {
            return new ShowError(command.provider().isPresent()
                    ? "This server offers no sign-in by that name." + START_AGAIN
                    : "Choose how to sign in: the consent form named no provider." + START_AGAIN);
        }
        // CONSENT_GIVEN waits for the sign-in that names the user (CompleteLoginService); a denial
        // names nobody, since nobody signs in after it: the client only.
        return logins.start(authorization, provider.get());
    }
}
