package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The identity providers this server is configured with, in the order the consent page offers
 * them, found by name. Each has its callback URL, {@code PUBLIC_URL/oauth/<name>/callback}, built
 * by the web adapter's rule that bootstrap hands in.
 */
public final class IdentityProviders {

    private final Map<String, UpstreamIdentityProvider> byName = new LinkedHashMap<>();
    private final Map<String, URI> callbacks = new LinkedHashMap<>();

    /**
     * @param providers   at least one, each name once and {@link UpstreamSignIn#PROVIDER_NAME shaped} for URLs and user ids
     * @param callbackFor the absolute callback URL for a provider name
     */
    public IdentityProviders(List<UpstreamIdentityProvider> providers, Function<String, URI> callbackFor) {
        Objects.requireNonNull(callbackFor, "callbackFor");
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("at least one identity provider must be configured");
        }
        for (UpstreamIdentityProvider provider : providers) {
            String name = provider.name();
            if (!UpstreamSignIn.isProviderName(name)) {
                throw new IllegalArgumentException("identity provider name '" + name + "' must be 1 to 32 lower-case"
                        + " letters, digits or dashes, starting with a letter");
            }
            if (byName.putIfAbsent(name, provider) != null) {
                throw new IllegalArgumentException("identity provider '" + name + "' is configured twice");
            }
            URI callback = Objects.requireNonNull(callbackFor.apply(name), "callback");
            if (!callback.isAbsolute()) {
                throw new IllegalArgumentException("the callback URL of '" + name + "' must be absolute");
            }
            callbacks.put(name, callback);
        }
    }

    /** One provider, e.g. in tests. */
    public static IdentityProviders of(UpstreamIdentityProvider provider, URI callback) {
        return new IdentityProviders(List.of(provider), name -> callback);
    }

    public Optional<UpstreamIdentityProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The provider called {@code name}; an unknown name is a programming or configuration error. */
    public UpstreamIdentityProvider require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no identity provider '" + name
                + "' is configured (configured: " + String.join(", ", byName.keySet()) + ")"));
    }

    /** Every provider, in the configured order. */
    public List<UpstreamIdentityProvider> all() {
        return List.copyOf(byName.values());
    }

    /** The provider, when exactly one is configured (no choice to make). */
    public Optional<UpstreamIdentityProvider> single() {
        return byName.size() == 1 ? Optional.of(byName.values().iterator().next()) : Optional.empty();
    }

    public URI callback(String name) {
        require(name);
        return callbacks.get(name);
    }
}
