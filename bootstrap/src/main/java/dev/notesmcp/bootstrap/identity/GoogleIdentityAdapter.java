package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.oidc.GoogleSettings;
import dev.notesmcp.adapter.oidc.OidcIdentityProviders;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Google ({@code google}): {@code GOOGLE_CLIENT_ID} and {@code GOOGLE_CLIENT_SECRET} (required),
 * {@code GOOGLE_HOSTED_DOMAINS} (Workspace domains) and {@code GOOGLE_ISSUER} (tests only), checked
 * by the adapter's own {@link GoogleSettings}. Discovery happens when the server starts.
 */
public final class GoogleIdentityAdapter implements IdentityAdapter {

    @Override
    public String name() {
        return OidcIdentityProviders.GOOGLE;
    }

    @Override
    public Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                                  List<String> problems) {
        int before = problems.size();
        Optional<String> clientId = OidcVariables.required(variables, "GOOGLE_CLIENT_ID",
                "Google sign-in (the Client ID of your OAuth client in the Google Cloud console)", problems);
        Optional<String> clientSecret = OidcVariables.required(variables, "GOOGLE_CLIENT_SECRET",
                "Google sign-in (the Client secret of your OAuth client in the Google Cloud console)", problems);
        Optional<URI> issuer = OidcVariables.url(variables, "GOOGLE_ISSUER", problems);
        List<String> domains = OidcVariables.list(variables, "GOOGLE_HOSTED_DOMAINS", ",");
        if (problems.size() > before) {
            return Optional.empty();
        }
        // null: the default issuer, https://accounts.google.com
        return OidcVariables.checked(() -> new Google(new GoogleSettings(clientId.orElseThrow(),
                clientSecret.orElseThrow(), issuer.orElse(null), new HashSet<>(domains), null)), problems);
    }

    /** Google with its checked settings (whose {@code toString} hides the client secret). */
    public record Google(GoogleSettings settings) implements ConfiguredProvider {

        @Override
        public String name() {
            return OidcIdentityProviders.GOOGLE;
        }

        @Override
        public Wired wire(Wiring wiring) {
            return new Wired(OidcVariables.discover(() -> OidcIdentityProviders.google(settings)));
        }
    }
}
