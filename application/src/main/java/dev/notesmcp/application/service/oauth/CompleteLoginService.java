package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static dev.notesmcp.application.service.oauth.DecideConsentService.START_AGAIN;

/**
 * The upstream callback, {@code /oauth/<provider>/callback}. The {@code state} must be ours,
 * unused, unexpired, bound to this browser and come back to the callback of the provider it was
 * sent to; then the upstream code is traded for the user's identity, the consent is remembered, a
 * grant starts and the client gets our one-time code. A user the provider refuses (an allow-list)
 * or a sign-in that fails stores nothing: our page says why and its link tells the client
 * {@code access_denied} or {@code server_error}.
 */
public final class CompleteLoginService implements CompleteLoginUseCase {

    private final PendingAuthorizationStore pending;
    private final IdentityProviders providers;
    private final ConsentRepository consents;
    private final GrantRepository grants;
    private final AuthorizationCodeStore codes;
    private final ClientRedirects redirects;
    private final Clock clock;
    private final SignInAudit audit;
    private final DurableWrites writes;

    public CompleteLoginService(PendingAuthorizationStore pending, IdentityProviders providers,
                                ConsentRepository consents, GrantRepository grants, AuthorizationCodeStore codes,
                                TokenPolicy policy, Clock clock) {
        this(pending, providers, consents, grants, codes, policy, clock, AuditLog.none());
    }

    public CompleteLoginService(PendingAuthorizationStore pending, IdentityProviders providers,
                                ConsentRepository consents, GrantRepository grants, AuthorizationCodeStore codes,
                                TokenPolicy policy, Clock clock, AuditLog audit) {
        this(pending, providers, consents, grants, codes, policy, clock, audit, DurableWrites.oneByOne());
    }

    /** {@code writes}: the consent and the grant a sign-in stores are written together (one commit). */
    public CompleteLoginService(PendingAuthorizationStore pending, IdentityProviders providers,
                                ConsentRepository consents, GrantRepository grants, AuthorizationCodeStore codes,
                                TokenPolicy policy, Clock clock, AuditLog audit, DurableWrites writes) {
        this.writes = writes;
        this.audit = new SignInAudit(new Auditor(audit, clock));
        this.pending = pending;
        this.providers = providers;
        this.consents = consents;
        this.grants = grants;
        this.codes = codes;
        this.redirects = new ClientRedirects(policy.issuer());
        this.clock = clock;
    }

    @Override
    public Step complete(Command command) {
        if (command.state().isEmpty()) {
            return new ShowError("The sign-in came back without its state." + START_AGAIN);
        }
        String state = command.state().get();
        if (command.browserState().isEmpty() || !sameSecret(state, command.browserState().get())) {
            return new ShowError("This sign-in was not started in this browser." + START_AGAIN);
        }
        Optional<PendingAuthorization> taken = pending.takeForLogin(state)
                .filter(p -> !p.isExpiredAt(clock.instant()));
        Optional<UpstreamSignIn> signIn = taken.flatMap(PendingAuthorization::signIn);
        if (signIn.isEmpty()) {
            return new ShowError("This sign-in has expired or was already completed." + START_AGAIN);
        }
        Optional<UpstreamIdentityProvider> provider = providers.find(signIn.get().provider());
        if (!signIn.get().provider().equals(command.provider())) {
            // Taken anyway: a sign-in answered on another provider's callback is not retried.
            return new ShowError("This sign-in was started with " + provider.map(UpstreamIdentityProvider::displayName)
                    .orElse(signIn.get().provider()) + " but came back to the address of another provider;"
                    + " nothing was signed in." + START_AGAIN);
        }
        if (provider.isEmpty()) {
            return new ShowError("This server no longer offers the sign-in this login was started with." + START_AGAIN);
        }
        AuthorizationRequest request = taken.get().request();
        String name = provider.get().displayName();
        if (command.error().isPresent()) {
            audit.failed(signIn.get().provider(), request.client());
            return redirects.error(request.redirectUri(), OAuthError.of(OAuthErrorCode.ACCESS_DENIED,
                    "the sign-in at " + signIn.get().provider() + " was not completed"), request.state());
        }
        if (command.code().isEmpty()) {
            return new ShowError("The sign-in came back from " + name + " without a code." + START_AGAIN);
        }
        URI callback = providers.callback(signIn.get().provider());
        UpstreamIdentityProvider.Login identification = provider.get().identify(command.code().get(),
                signIn.get(), callback);
        audit.answered(signIn.get().provider(), request.client(), identification);
        return switch (identification) {
            case UpstreamIdentityProvider.Refused refused -> redirects.explained(refused.message(),
                    request.redirectUri(), OAuthError.of(OAuthErrorCode.ACCESS_DENIED,
                            "the user may not sign in here through " + signIn.get().provider()), request.state());
            case UpstreamIdentityProvider.Failed failed -> redirects.explained(failed.message(),
                    request.redirectUri(), OAuthError.of(OAuthErrorCode.SERVER_ERROR,
                            "the sign-in at " + signIn.get().provider() + " failed"), request.state());
            case UpstreamIdentityProvider.Identified identified -> signedIn(taken.get(), signIn.get(),
                    identified.identity());
        };
    }

    private Step signedIn(PendingAuthorization authorization, UpstreamSignIn signIn, UpstreamIdentity identity) {
        AuthorizationRequest request = authorization.request();
        if (!signIn.signsIn(identity.user())) {
            audit.failed(signIn.provider(), request.client());
            // A provider names its own users; anything else would let one provider speak for another's.
            return redirects.explained("The sign-in answer named a user of another provider." + START_AGAIN,
                    request.redirectUri(), OAuthError.of(OAuthErrorCode.SERVER_ERROR,
                            "the sign-in at " + signIn.provider() + " failed"), request.state());
        }
        if (!consentStands(authorization, identity)) {
            return new ShowError("You signed in as " + identity.login() + ", who has not allowed this"
                    + " application yet." + START_AGAIN);
        }
        audit.succeeded(signIn.provider(), request.client(), identity.user());
        if (authorization.presumedUser().isEmpty()) {
            // The consent page was answered: the user who gave that consent is known only now.
            audit.consented(request.client(), identity.user());
        }
        return issueCode(request, identity);
    }

    /**
     * The consent page was shown (nothing presumed), or it was skipped for a remembered user: then
     * whoever actually signed in must already have agreed to these scopes for this client.
     */
    private boolean consentStands(PendingAuthorization pending, UpstreamIdentity identity) {
        return pending.presumedUser().isEmpty()
                || consents.find(identity.user(), pending.request().client())
                .map(consent -> consent.covers(pending.request().scopes()))
                .orElse(false);
    }

    private Step issueCode(AuthorizationRequest request, UpstreamIdentity identity) {
        Instant now = clock.instant();
        // The consent and the grant commit together; the code (a short-lived store) only once both are stored.
        Grant grant = writes.together(() -> {
            Consent consent = consents.find(identity.user(), request.client())
                    .map(existing -> existing.including(request.scopes(), now))
                    .orElseGet(() -> new Consent(identity.user(), request.client(), request.scopes(), now));
            consents.save(consent);
            Grant started = Grant.start(identity.user(), identity.login(), request.client(), request.scopes(), now);
            grants.add(started);
            return started;
        });
        OpaqueToken code = OpaqueToken.random();
        codes.add(AuthorizationCode.issue(code.hash(), grant.id(), request.client(), request.redirectUri(),
                request.challenge(), identity.user(), identity.login(), request.scopes(), now));
        return redirects.code(request.redirectUri(), code.value(), request.state(), identity.user());
    }

    private static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
