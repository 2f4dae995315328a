package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.github.GitHubIdentityProvider;
import dev.notesmcp.adapter.github.GitHubProviderSettings;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * GitHub ({@code github}): {@code GITHUB_CLIENT_ID} and {@code GITHUB_CLIENT_SECRET} (required),
 * {@code GITHUB_URL} / {@code GITHUB_API_URL} (GitHub Enterprise Server) and
 * {@code GITHUB_ALLOWED_ORGS}, checked by the adapter's own {@link GitHubProviderSettings}.
 */
public final class GitHubIdentityAdapter implements IdentityAdapter {

    @Override
    public String name() {
        return GitHubIdentityProvider.NAME;
    }

    @Override
    public Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                                  List<String> problems) {
        Optional<String> clientId = variables.apply("GITHUB_CLIENT_ID");
        Optional<String> clientSecret = variables.apply("GITHUB_CLIENT_SECRET");
        if (clientId.isEmpty()) {
            problems.add("GITHUB_CLIENT_ID: required for GitHub sign-in (the Client ID of your GitHub OAuth App)");
        }
        if (clientSecret.isEmpty()) {
            problems.add("GITHUB_CLIENT_SECRET: required for GitHub sign-in (a client secret of your GitHub OAuth App)");
        }
        Optional<URI> web = url(variables, "GITHUB_URL", GitHubProviderSettings.DEFAULT_WEB_URL, problems);
        Optional<URI> api = url(variables, "GITHUB_API_URL", GitHubProviderSettings.DEFAULT_API_URL, problems);
        List<String> orgs = variables.apply("GITHUB_ALLOWED_ORGS")
                .map(raw -> Arrays.stream(raw.split(",")).map(String::strip).filter(org -> !org.isEmpty()).toList())
                .orElse(List.of());
        if (clientId.isEmpty() || clientSecret.isEmpty() || web.isEmpty() || api.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GitHub(GitHubProviderSettings.of(clientId.get(), clientSecret.get(), web.get(),
                    api.get()).withAllowedOrgs(orgs)));
        } catch (IllegalArgumentException e) {
            // The adapter's messages name the variable and never repeat the client secret.
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<URI> url(Function<String, Optional<String>> variables, String name, URI fallback,
                                     List<String> problems) {
        Optional<String> raw = variables.apply(name);
        if (raw.isEmpty()) {
            return Optional.of(fallback);
        }
        try {
            return Optional.of(GitHubProviderSettings.baseUrl(name, raw.get()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** GitHub with its checked settings (whose {@code toString} hides the client secret). */
    public record GitHub(GitHubProviderSettings settings) implements ConfiguredProvider {

        @Override
        public String name() {
            return GitHubIdentityProvider.NAME;
        }

        @Override
        public Wired wire(Wiring wiring) {
            return new Wired(new GitHubIdentityProvider(settings));
        }
    }
}
