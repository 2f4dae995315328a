package dev.notesmcp.adapter.oidc;

import java.net.URI;
import java.util.List;

/**
 * Sign-in with any OpenID Connect provider found by discovery (Okta, Entra ID, Keycloak, Auth0…):
 * {@code OIDC_ISSUER} (exactly the provider's issuer, trailing slash and all), {@code OIDC_CLIENT_ID},
 * {@code OIDC_CLIENT_SECRET}, {@code OIDC_DISPLAY_NAME} (the sign-in button's label, default
 * {@value #DEFAULT_DISPLAY_NAME}) and {@code OIDC_SCOPES} (default {@code openid profile email};
 * must include {@code openid}). {@code null} display name, scopes or limits mean the defaults.
 * {@link #toString()} never shows the client secret.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String displayName, List<String> scopes,
                           HttpLimits limits) {

    public static final String DEFAULT_DISPLAY_NAME = "OpenID Connect";
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email");

    public OidcSettings {
        issuer = SettingsChecks.issuer("OIDC_ISSUER", issuer);
        clientId = SettingsChecks.credential("OIDC_CLIENT_ID", clientId);
        clientSecret = SettingsChecks.credential("OIDC_CLIENT_SECRET", clientSecret);
        displayName = displayName == null || displayName.isBlank() ? DEFAULT_DISPLAY_NAME : displayName.strip();
        if (displayName.length() > 64 || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "OIDC_DISPLAY_NAME: must be at most 64 characters, without control characters");
        }
        scopes = SettingsChecks.scopes("OIDC_SCOPES", scopes == null || scopes.isEmpty() ? DEFAULT_SCOPES : scopes);
        limits = limits == null ? HttpLimits.DEFAULT : limits;
    }

    /** The default label, scopes and limits. */
    public static OidcSettings of(URI issuer, String clientId, String clientSecret) {
        return new OidcSettings(issuer, clientId, clientSecret, null, null, null);
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***, displayName="
                + displayName + ", scopes=" + scopes + ", limits=" + limits + "]";
    }
}
