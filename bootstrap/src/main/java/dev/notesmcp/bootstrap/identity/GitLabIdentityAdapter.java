package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.oidc.GitLabSettings;
import dev.notesmcp.adapter.oidc.OidcIdentityProviders;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * GitLab ({@code gitlab}): {@code GITLAB_CLIENT_ID} and {@code GITLAB_CLIENT_SECRET} (required),
 * {@code GITLAB_URL} (gitlab.com, or a self-managed GitLab, a path prefix allowed) and
 * {@code GITLAB_ALLOWED_GROUPS}, checked by the adapter's own {@link GitLabSettings}. Discovery
 * happens when the server starts.
 */
public final class GitLabIdentityAdapter implements IdentityAdapter {

    @Override
    public String name() {
        return OidcIdentityProviders.GITLAB;
    }

    @Override
    public Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                                  List<String> problems) {
        int before = problems.size();
        Optional<String> clientId = OidcVariables.required(variables, "GITLAB_CLIENT_ID",
                "GitLab sign-in (the Application ID of your GitLab application)", problems);
        Optional<String> clientSecret = OidcVariables.required(variables, "GITLAB_CLIENT_SECRET",
                "GitLab sign-in (the Secret of your GitLab application)", problems);
        Optional<URI> url = OidcVariables.url(variables, "GITLAB_URL", problems);
        List<String> groups = OidcVariables.list(variables, "GITLAB_ALLOWED_GROUPS", ",");
        if (problems.size() > before) {
            return Optional.empty();
        }
        // null: the default URL, https://gitlab.com
        return OidcVariables.checked(() -> new GitLab(new GitLabSettings(clientId.orElseThrow(),
                clientSecret.orElseThrow(), url.orElse(null), new HashSet<>(groups), null)), problems);
    }

    /** GitLab with its checked settings (whose {@code toString} hides the client secret). */
    public record GitLab(GitLabSettings settings) implements ConfiguredProvider {

        @Override
        public String name() {
            return OidcIdentityProviders.GITLAB;
        }

        @Override
        public Wired wire(Wiring wiring) {
            return new Wired(OidcVariables.discover(() -> OidcIdentityProviders.gitlab(settings)));
        }
    }
}
