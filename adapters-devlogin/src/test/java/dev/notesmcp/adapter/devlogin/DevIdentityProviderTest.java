package dev.notesmcp.adapter.devlogin;

import dev.notesmcp.application.port.out.MutableClock;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dev login's codes: single use, bound to the sign-in's challenge, five minutes on the injected clock. */
class DevIdentityProviderTest {

    private static final URI PUBLIC_URL = URI.create("http://localhost:10000");
    private static final URI CALLBACK = URI.create(PUBLIC_URL + "/oauth/dev/callback");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final DevIdentityProvider dev = new DevIdentityProvider(PUBLIC_URL, clock);
    private final UpstreamSignIn signIn = UpstreamSignIn.start("dev");

    @Test
    void sendsTheBrowserToItsOwnPageUnderThePublicUrl() {
        assertThat(dev.authorizationUrl(signIn, CALLBACK).toString())
                .startsWith("http://localhost:10000/oauth/dev/login?state=" + signIn.state() + "&code_challenge=");
        assertThat(dev.name()).isEqualTo("dev");
    }

    @Test
    void aCodeIdentifiesTheUserNameTypedAsADevUser() {
        String code = dev.signIn("ada", signIn.codeChallenge());

        assertThat(dev.identify(code, signIn, CALLBACK))
                .isEqualTo(new Identified(new UpstreamIdentity(new UserId("dev:ada"), "ada")));
    }

    @Test
    void aCodeLivesFiveMinutesOnTheClock() {
        String inTime = dev.signIn("ada", signIn.codeChallenge());
        String late = dev.signIn("ada", signIn.codeChallenge());
        clock.advance(DevIdentityProvider.CODE_LIFETIME.minusSeconds(1));
        assertThat(dev.identify(inTime, signIn, CALLBACK)).isInstanceOf(Identified.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(dev.identify(late, signIn, CALLBACK)).isInstanceOf(Failed.class);
    }

    @Test
    void expiredCodesAreDroppedWhenTheNextOneIsIssued() {
        String old = dev.signIn("ada", signIn.codeChallenge());
        clock.advance(DevIdentityProvider.CODE_LIFETIME);
        dev.signIn("grace", signIn.codeChallenge());
        clock.set(Instant.parse("2025-03-01T12:00:00Z"));

        assertThat(dev.identify(old, signIn, CALLBACK)).as("dropped, even if the clock went back")
                .isInstanceOf(Failed.class);
    }

    @Test
    void aCodeIsBoundToTheChallengeOfTheSignInItWasMadeFor() {
        String code = dev.signIn("ada", UpstreamSignIn.start("dev").codeChallenge());

        assertThat(dev.identify(code, signIn, CALLBACK)).isInstanceOf(Failed.class);
    }

    @Test
    void refusesAnUnusableUserNameOrChallenge() {
        assertThatThrownBy(() -> dev.signIn("<script>", signIn.codeChallenge()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dev.signIn("ada", "short")).isInstanceOf(IllegalArgumentException.class);
    }
}
