package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.http.IdentityProviderPage;
import dev.notesmcp.adapter.http.oauth.AuthorizationEndpoint;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.service.oauth.IdentityProviders;
import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.identity.ConfiguredProvider;
import dev.notesmcp.bootstrap.identity.ProviderStartupException;
import dev.notesmcp.bootstrap.metrics.MeasuredIdentityProvider;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The configured identity providers, built for the running server: the registry the use cases
 * consult and the pages some providers serve themselves (the dev login's).
 */
record IdentityWiring(IdentityProviders providers, List<IdentityProviderPage> pages) {

    IdentityWiring {
        pages = List.copyOf(pages);
    }

    /**
     * Builds every provider in the consent page's order. Those that cannot be used (an OpenID
     * Connect provider whose discovery fails) stop the start, one line each, reported like
     * configuration problems.
     *
     * @throws InvalidSettingsException naming each provider's variable to check
     */
    static IdentityWiring wire(Settings settings, Clock clock, Metrics metrics) {
        Function<String, URI> callbacks = name -> URI.create(settings.publicUrl() + AuthorizationEndpoint.callbackPath(name));
        ConfiguredProvider.Wiring wiring = new ConfiguredProvider.Wiring(settings.publicUrl(), clock, callbacks);
        List<ConfiguredProvider.Wired> wired = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ConfiguredProvider provider : settings.identityProviders()) {
            try {
                wired.add(provider.wire(wiring));
            } catch (ProviderStartupException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new IdentityWiring(
                new IdentityProviders(wired.stream()
                        .map(provider -> MeasuredIdentityProvider.of(provider.provider(), metrics)).toList(), callbacks),
                wired.stream().flatMap(provider -> provider.pages().stream()).toList());
    }
}
