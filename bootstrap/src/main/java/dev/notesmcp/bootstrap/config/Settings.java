package dev.notesmcp.bootstrap.config;

import dev.notesmcp.adapter.http.clientaddress.TrustedProxies;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.bootstrap.identity.ConfiguredProvider;
import dev.notesmcp.bootstrap.store.ConfiguredStores;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;
import dev.notesmcp.domain.oauth.RateLimit;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server is configured with, validated. Built by {@link SettingsLoader} from the
 * environment; see the configuration table in the README.
 */
public record Settings(
        String host,
        int port,
        URI publicUrl,
        Secret jwtSigningSecret,
        boolean jwtSigningSecretIsEphemeral,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        List<ConfiguredProvider> identityProviders,
        ConfiguredStores stores,
        Duration revocationCacheStaleness,
        List<String> allowedOrigins,
        Map<LimitRequestRateUseCase.Endpoint, RateLimit> rateLimits,
        TrustedProxies trustedProxies,
        Duration clientIdleExpiry,
        ClientMetadataDocumentSettings clientMetadataDocuments,
        TokenSigningSettings tokenSigning,
        Optional<ManagementListener> management,
        AuditSettings audit,
        Duration shutdownGrace) {

    public Settings {
        identityProviders = List.copyOf(identityProviders);
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** The configured identity providers' names, in the consent page's order. */
    public List<String> identityProviderNames() {
        return identityProviders.stream().map(ConfiguredProvider::name).toList();
    }

    /** The configured provider of this kind, if any. */
    public <T extends ConfiguredProvider> Optional<T> identityProvider(Class<T> kind) {
        return identityProviders.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** A client goes only after every token it could hold has expired (see ClientIdleExpiry). */
    public ClientIdleExpiry idleClients() {
        Duration longestToken = accessTokenTtl.compareTo(refreshTokenTtl) >= 0 ? accessTokenTtl : refreshTokenTtl;
        return new ClientIdleExpiry(clientIdleExpiry, longestToken);
    }

    /** The MCP endpoint, which is also the OAuth resource identifier (RFC 8707). */
    public URI mcpUrl() {
        return URI.create(publicUrl + "/mcp");
    }
}
