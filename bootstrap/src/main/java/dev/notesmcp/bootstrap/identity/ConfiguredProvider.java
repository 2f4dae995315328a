package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.http.IdentityProviderPage;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An identity provider whose settings were read and checked at start-up; {@link #wire} builds it
 * for the running server. {@code toString} never shows a secret.
 */
public interface ConfiguredProvider {

    String name();

    /**
     * Builds the provider for the running server.
     *
     * @throws ProviderStartupException when the provider cannot be used (an OpenID Connect provider's
     *                                  discovery document, read now, names another issuer or cannot be read)
     */
    Wired wire(Wiring wiring);

    /** What a provider is built with: the public URL, the clock, and every provider's callback URL. */
    record Wiring(URI publicUrl, Clock clock, Function<String, URI> callbacks) {
        public Wiring {
            Objects.requireNonNull(publicUrl, "publicUrl");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(callbacks, "callbacks");
        }

        /** {@code PUBLIC_URL/oauth/<name>/callback}. */
        public URI callback(String name) {
            return callbacks.apply(name);
        }
    }

    /** The provider, and the pages it serves itself (the dev login's), for the web adapter. */
    record Wired(UpstreamIdentityProvider provider, List<IdentityProviderPage> pages) {
        public Wired {
            Objects.requireNonNull(provider, "provider");
            pages = List.copyOf(pages);
        }

        public Wired(UpstreamIdentityProvider provider) {
            this(provider, List.of());
        }
    }
}
