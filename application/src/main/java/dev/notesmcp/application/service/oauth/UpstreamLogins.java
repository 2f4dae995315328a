package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.PendingAuthorization;

/** Sends a pending authorization on to a provider's sign-in, with fresh per-login secrets. */
final class UpstreamLogins {

    private final PendingAuthorizationStore pending;
    private final IdentityProviders providers;

    UpstreamLogins(PendingAuthorizationStore pending, IdentityProviders providers) {
        this.pending = pending;
        this.providers = providers;
    }

    RedirectToLogin start(PendingAuthorization authorization, UpstreamIdentityProvider provider) {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        pending.awaitLogin(authorization.signingInWith(signIn));
        return new RedirectToLogin(provider.authorizationUrl(signIn, providers.callback(provider.name())),
                signIn.state());
    }
}
