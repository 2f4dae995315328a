package dev.notesmcp.adapter.oidc;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Google, GitLab and any OpenID Connect issuer, as {@link ProviderProfile}s. */
final class Presets {

    static final String GOOGLE = "google";
    static final String GITLAB = "gitlab";
    static final String OIDC = "oidc";

    private Presets() {
    }

    /**
     * Google's ID tokens name the issuer {@code https://accounts.google.com} or {@code accounts.google.com}
     * (Google's OpenID Connect guide, "Validating an ID token"): the configured issuer and its form
     * without the scheme. {@code hd} in the request only narrows Google's account chooser.
     */
    static ProviderProfile google(GoogleSettings settings) {
        String issuer = settings.issuer().toString();
        String schemeless = issuer.substring(issuer.indexOf("://") + 3);
        Map<String, String> hint = switch (settings.hostedDomains().size()) {
            case 0 -> Map.of();
            case 1 -> Map.of("hd", settings.hostedDomains().iterator().next());
            default -> Map.of("hd", "*");
        };
        return new ProviderProfile(GOOGLE, "Google", settings.issuer(), "GOOGLE_ISSUER", Set.of(issuer, schemeless),
                settings.clientId(), settings.clientSecret(), List.of("openid", "email", "profile"), hint,
                ProviderProfile.UserInfoUse.WHEN_NO_LOGIN_CLAIM, List.of("email", "name"),
                new HostedDomainAdmission(settings.hostedDomains()), settings.limits());
    }

    /**
     * GitLab puts the username ({@code nickname}, {@code preferred_username}) and {@code groups} in
     * the userinfo answer only, so it is always asked; the {@code openid} scope is enough for both.
     */
    static ProviderProfile gitlab(GitLabSettings settings) {
        return new ProviderProfile(GITLAB, "GitLab", settings.url(), "GITLAB_URL", Set.of(settings.url().toString()),
                settings.clientId(), settings.clientSecret(), List.of("openid"), Map.of(),
                ProviderProfile.UserInfoUse.ALWAYS, List.of("nickname", "preferred_username", "name"),
                new GroupAdmission(settings.allowedGroups()), settings.limits());
    }

    static ProviderProfile oidc(OidcSettings settings) {
        return new ProviderProfile(OIDC, settings.displayName(), settings.issuer(), "OIDC_ISSUER",
                Set.of(settings.issuer().toString()), settings.clientId(), settings.clientSecret(), settings.scopes(),
                Map.of(), ProviderProfile.UserInfoUse.WHEN_NO_LOGIN_CLAIM,
                List.of("preferred_username", "nickname", "email", "name"), Admission.EVERYONE, settings.limits());
    }
}
