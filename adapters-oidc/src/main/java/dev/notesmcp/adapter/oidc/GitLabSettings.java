package dev.notesmcp.adapter.oidc;

import java.net.URI;
import java.util.Set;

/**
 * Sign-in with GitLab: the application ({@code GITLAB_CLIENT_ID}, {@code GITLAB_CLIENT_SECRET}),
 * {@code GITLAB_URL} (gitlab.com, or a self-managed GitLab's base URL, a path prefix allowed: it is
 * the OpenID Connect issuer; trailing slashes are dropped, as GitLab's issuer has none) and
 * {@code GITLAB_ALLOWED_GROUPS}: when not empty, only members of one of these groups (full paths,
 * e.g. {@code acme/platform}) may sign in. {@code null} URL, groups or limits mean the defaults.
 * {@link #toString()} never shows the client secret.
 */
public record GitLabSettings(String clientId, String clientSecret, URI url, Set<String> allowedGroups, HttpLimits limits) {

    public static final URI DEFAULT_URL = URI.create("https://gitlab.com");

    public GitLabSettings {
        clientId = SettingsChecks.credential("GITLAB_CLIENT_ID", clientId);
        clientSecret = SettingsChecks.credential("GITLAB_CLIENT_SECRET", clientSecret);
        url = SettingsChecks.issuer("GITLAB_URL", withoutTrailingSlashes(url == null ? DEFAULT_URL : url));
        allowedGroups = SettingsChecks.names("GITLAB_ALLOWED_GROUPS", allowedGroups == null ? Set.of() : allowedGroups);
        limits = limits == null ? HttpLimits.DEFAULT : limits;
    }

    /** gitlab.com, any GitLab user, the default limits. */
    public static GitLabSettings of(String clientId, String clientSecret) {
        return new GitLabSettings(clientId, clientSecret, null, null, null);
    }

    @Override
    public String toString() {
        return "GitLabSettings[clientId=" + clientId + ", clientSecret=***, url=" + url
                + ", allowedGroups=" + allowedGroups + ", limits=" + limits + "]";
    }

    private static URI withoutTrailingSlashes(URI url) {
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
