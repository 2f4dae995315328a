package dev.notesmcp.adapter.oidc;

import java.net.URI;
import java.util.Set;

/**
 * Sign-in with Google: the OAuth client ({@code GOOGLE_CLIENT_ID}, {@code GOOGLE_CLIENT_SECRET}),
 * the issuer ({@code GOOGLE_ISSUER}, {@code https://accounts.google.com} unless a test points it
 * elsewhere) and {@code GOOGLE_HOSTED_DOMAINS}: when not empty, only Google Workspace users whose
 * verified {@code hd} is listed may sign in. {@code null} issuer, domains or limits mean the
 * defaults. {@link #toString()} never shows the client secret.
 */
public record GoogleSettings(String clientId, String clientSecret, URI issuer, Set<String> hostedDomains,
                             HttpLimits limits) {

    public static final URI DEFAULT_ISSUER = URI.create("https://accounts.google.com");

    public GoogleSettings {
        clientId = SettingsChecks.credential("GOOGLE_CLIENT_ID", clientId);
        clientSecret = SettingsChecks.credential("GOOGLE_CLIENT_SECRET", clientSecret);
        issuer = SettingsChecks.issuer("GOOGLE_ISSUER", issuer == null ? DEFAULT_ISSUER : issuer);
        hostedDomains = SettingsChecks.domains("GOOGLE_HOSTED_DOMAINS", hostedDomains == null ? Set.of() : hostedDomains);
        limits = limits == null ? HttpLimits.DEFAULT : limits;
    }

    /** accounts.google.com, any Google account, the default limits. */
    public static GoogleSettings of(String clientId, String clientSecret) {
        return new GoogleSettings(clientId, clientSecret, null, null, null);
    }

    @Override
    public String toString() {
        return "GoogleSettings[clientId=" + clientId + ", clientSecret=***, issuer=" + issuer
                + ", hostedDomains=" + hostedDomains + ", limits=" + limits + "]";
    }
}
