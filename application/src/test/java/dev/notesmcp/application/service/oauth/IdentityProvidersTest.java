package dev.notesmcp.application.service.oauth;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityProvidersTest {

    private final FakeUpstreamIdentityProvider github = new FakeUpstreamIdentityProvider("github");
    private final FakeUpstreamIdentityProvider dev = new FakeUpstreamIdentityProvider("dev");

    private static URI callback(String name) {
        return URI.create("https://notes.example/oauth/" + name + "/callback");
    }

    @Test
    void keepsTheConfiguredOrderAndFindsEachByName() {
        IdentityProviders providers = new IdentityProviders(List.of(github, dev), IdentityProvidersTest::callback);

        assertThat(providers.all()).containsExactly(github, dev);
        assertThat(providers.find("dev")).contains(dev);
        assertThat(providers.require("github")).isSameAs(github);
        assertThat(providers.find("gitlab")).isEmpty();
        assertThat(providers.single()).isEmpty();
        assertThat(providers.callback("dev")).isEqualTo(callback("dev"));
    }

    @Test
    void oneProviderIsTheSingleChoice() {
        assertThat(IdentityProviders.of(dev, callback("dev")).single()).contains(dev);
    }

    @Test
    void anUnknownNameIsAClearErrorNamingWhatIsConfigured() {
        IdentityProviders providers = new IdentityProviders(List.of(github, dev), IdentityProvidersTest::callback);

        assertThatThrownBy(() -> providers.require("google"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no identity provider 'google' is configured (configured: github, dev)");
        assertThatThrownBy(() -> providers.callback("google")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNoProvidersDuplicatesUnusableNamesAndRelativeCallbacks() {
        assertThatThrownBy(() -> new IdentityProviders(List.of(), IdentityProvidersTest::callback))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new IdentityProviders(List.of(dev, new FakeUpstreamIdentityProvider("dev")),
                IdentityProvidersTest::callback)).hasMessage("identity provider 'dev' is configured twice");
        assertThatThrownBy(() -> new IdentityProviders(List.of(new FakeUpstreamIdentityProvider("Git:Hub")),
                IdentityProvidersTest::callback)).hasMessageContaining("'Git:Hub'");
        assertThatThrownBy(() -> new IdentityProviders(List.of(dev), name -> URI.create("/oauth/dev/callback")))
                .hasMessageContaining("absolute");
    }
}
