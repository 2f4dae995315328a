package dev.notesmcp.adapter.oidc;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;

/**
 * The public way in for bootstrap: one factory per preset. Each reads the provider's discovery
 * document once, now (so a wrong issuer, an unreachable provider or unusable metadata stops the
 * start-up with a {@link ProviderDiscoveryException} naming the variable to fix); the keys are
 * fetched on the first sign-in and cached.
 */
public final class OidcIdentityProviders {

    /** The presets' names: in {@code IDENTITY_PROVIDERS}, the callback path and every user id. */
    public static final String GOOGLE = Presets.GOOGLE;
    public static final String GITLAB = Presets.GITLAB;
    public static final String OIDC = Presets.OIDC;

    private OidcIdentityProviders() {
    }

    /** Google ({@code google}, users {@code google:<sub>}); callback {@code PUBLIC_URL/oauth/google/callback}. */
    public static UpstreamIdentityProvider google(GoogleSettings settings) {
        return start(Presets.google(settings));
    }

    /**
     * GitLab.com or self-managed ({@code gitlab}, users {@code gitlab:<sub>});
     * callback {@code PUBLIC_URL/oauth/gitlab/callback}.
     */
    public static UpstreamIdentityProvider gitlab(GitLabSettings settings) {
        return start(Presets.gitlab(settings));
    }

    /**
     * Any OpenID Connect issuer ({@code oidc}, users {@code oidc:<sub>});
     * callback {@code PUBLIC_URL/oauth/oidc/callback}.
     */
    public static UpstreamIdentityProvider oidc(OidcSettings settings) {
        return start(Presets.oidc(settings));
    }

    private static UpstreamIdentityProvider start(ProviderProfile profile) {
        return new OidcIdentityProvider(profile, OidcRelyingParty.discover(profile));
    }
}
