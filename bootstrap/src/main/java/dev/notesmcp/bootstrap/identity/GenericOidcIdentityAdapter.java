package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.oidc.OidcIdentityProviders;
import dev.notesmcp.adapter.oidc.OidcSettings;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Any OpenID Connect provider ({@code oidc}: Okta, Entra ID, Keycloak, Auth0…): {@code OIDC_ISSUER},
 * {@code OIDC_CLIENT_ID} and {@code OIDC_CLIENT_SECRET} (required), {@code OIDC_DISPLAY_NAME} (the
 * button's label) and {@code OIDC_SCOPES} (spaces or commas), checked by the adapter's own
 * {@link OidcSettings}. Discovery happens when the server starts.
 */
public final class GenericOidcIdentityAdapter implements IdentityAdapter {

    @Override
    public String name() {
        return OidcIdentityProviders.OIDC;
    }

    @Override
    public Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                                  List<String> problems) {
        int before = problems.size();
        OidcVariables.required(variables, "OIDC_ISSUER", "OpenID Connect sign-in (the provider's issuer URL,"
                + " e.g. https://login.example.com/realms/notes)", problems);
        Optional<URI> issuer = OidcVariables.url(variables, "OIDC_ISSUER", problems);
        Optional<String> clientId = OidcVariables.required(variables, "OIDC_CLIENT_ID",
                "OpenID Connect sign-in (the client id the provider gave this server)", problems);
        Optional<String> clientSecret = OidcVariables.required(variables, "OIDC_CLIENT_SECRET",
                "OpenID Connect sign-in (the client secret the provider gave this server)", problems);
        Optional<String> displayName = variables.apply("OIDC_DISPLAY_NAME");
        List<String> scopes = OidcVariables.list(variables, "OIDC_SCOPES", "[\\s,]+");
        if (problems.size() > before) {
            return Optional.empty();
        }
        // null or empty: the defaults ("OpenID Connect"; openid profile email)
        return OidcVariables.checked(() -> new Oidc(new OidcSettings(issuer.orElseThrow(), clientId.orElseThrow(),
                clientSecret.orElseThrow(), displayName.orElse(null), scopes, null)), problems);
    }

    /** The generic provider with its checked settings (whose {@code toString} hides the client secret). */
    public record Oidc(OidcSettings settings) implements ConfiguredProvider {

        @Override
        public String name() {
            return OidcIdentityProviders.OIDC;
        }

        @Override
        public Wired wire(Wiring wiring) {
            return new Wired(OidcVariables.discover(() -> OidcIdentityProviders.oidc(settings)));
        }
    }
}
