package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.devlogin.DevIdentityProvider;
import dev.notesmcp.adapter.devlogin.DevLoginPage;
import dev.notesmcp.adapter.http.IdentityProviderPage;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dev login ({@code dev}): no variables of its own. That it runs only on a loopback
 * {@code PUBLIC_URL}, listening on loopback, is checked with {@code HOST} by the settings loader.
 */
public final class DevLoginIdentityAdapter implements IdentityAdapter {

    @Override
    public String name() {
        return DevIdentityProvider.NAME;
    }

    @Override
    public Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                                  List<String> problems) {
        return Optional.of(new DevLogin());
    }

    /** The dev login and its user-name page. */
    public record DevLogin() implements ConfiguredProvider {

        @Override
        public String name() {
            return DevIdentityProvider.NAME;
        }

        @Override
        public Wired wire(Wiring wiring) {
            DevIdentityProvider dev = new DevIdentityProvider(wiring.publicUrl(), wiring.clock());
            return new Wired(dev, List.of(new IdentityProviderPage(DevLoginPage.PATH,
                    new DevLoginPage(dev, wiring.publicUrl(), wiring.callback(DevIdentityProvider.NAME)))));
        }
    }
}
