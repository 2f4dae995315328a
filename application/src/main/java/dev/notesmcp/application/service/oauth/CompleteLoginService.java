package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The upstream callback. The {@code state} must be ours, unused, unexpired and bound to this
 * browser; then the upstream code is traded for the user's identity, the consent is remembered,
 * a grant starts and the client gets our one-time code.
 */
public final class CompleteLoginService implements CompleteLoginUseCase {

    private final PendingAuthorizationStore pending;
    private final UpstreamIdentityProvider upstream;
    private final URI callbackUrl;
    private final ConsentRepository consents;
    private final GrantRepository grants;
    private final AuthorizationCodeStore codes;
    private final ClientRedirects redirects;
    private final Clock clock;

    public CompleteLoginService(PendingAuthorizationStore pending, UpstreamIdentityProvider upstream, URI callbackUrl,
                                ConsentRepository consents, GrantRepository grants, AuthorizationCodeStore codes,
                                TokenPolicy policy, Clock clock) {
        this.pending = pending;
        this.upstream = upstream;
        this.callbackUrl = callbackUrl;
        this.consents = consents;
        this.grants = grants;
        this.codes = codes;
        this.redirects = new ClientRedirects(policy.issuer());
        this.clock = clock;
    }

    @Override
    public Step complete(Command command) {
        if (command.state().isEmpty()) {
            return new ShowError("The sign-in came back without its state." + DecideConsentService.START_AGAIN);
        }
        String state = command.state().get();
        if (command.browserState().isEmpty() || !sameSecret(state, command.browserState().get())) {
            return new ShowError("This sign-in was not started in this browser." + DecideConsentService.START_AGAIN);
        }
        Optional<PendingAuthorization> taken = pending.takeForLogin(TokenHash.of(state))
                .filter(p -> !p.isExpiredAt(clock.instant()));
        if (taken.isEmpty()) {
            return new ShowError("This sign-in has expired or was already completed." + DecideConsentService.START_AGAIN);
        }
        AuthorizationRequest request = taken.get().request();
        if (command.error().isPresent()) {
            return redirects.error(request.redirectUri(), OAuthError.of(OAuthErrorCode.ACCESS_DENIED,
                    "the sign-in at " + upstream.name() + " was not completed"), request.state());
        }
        if (command.code().isEmpty()) {
            return new ShowError("The sign-in came back without a code." + DecideConsentService.START_AGAIN);
        }
        return switch (upstream.identify(command.code().get(), callbackUrl)) {
            case UpstreamIdentityProvider.Failed failed -> new ShowError(failed.message());
            case UpstreamIdentityProvider.Identified identified -> consentStands(taken.get(), identified.identity())
                    ? issueCode(request, identified.identity())
                    : new ShowError("You signed in as " + identified.identity().login() + ", who has not allowed this"
                    + " application yet." + DecideConsentService.START_AGAIN);
        };
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
        Consent consent = consents.find(identity.user(), request.client())
                .map(existing -> existing.including(request.scopes(), now))
                .orElseGet(() -> new Consent(identity.user(), request.client(), request.scopes(), now));
        consents.save(consent);
        Grant grant = Grant.start(identity.user(), identity.login(), request.client(), request.scopes(), now);
        grants.add(grant);
        OpaqueToken code = OpaqueToken.random();
        codes.add(AuthorizationCode.issue(code.hash(), grant.id(), request.client(), request.redirectUri(),
                request.challenge(), identity.user(), identity.login(), request.scopes(), now));
        return redirects.code(request.redirectUri(), code.value(), request.state(), identity.user());
    }

    private static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
