package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuredIdentityProviderTest {

    private static final URI CALLBACK = URI.create("http://localhost/oauth/corp/callback");

    /** Identifies code "ada", refuses "mallory", fails otherwise. */
    private static final UpstreamIdentityProvider CORP = new UpstreamIdentityProvider() {
        @Override
        public String name() {
            return "corp";
        }

        @Override
        public String displayName() {
            return "Corp";
        }

        @Override
        public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
            return URI.create("https://corp.example/authorize");
        }

        @Override
        public Login identify(String code, UpstreamSignIn signIn, URI callback) {
            return switch (code) {
                case "ada" -> new Identified(new UpstreamIdentity(new UserId("corp:1"), "ada"));
                case "mallory" -> new Refused("not in the allowed group");
                default -> new Failed("the provider did not answer");
            };
        }
    };

    @Test
    void everyAnswerIsCountedByProviderAndOutcomeAndPassedOnAsItIs() {
        CountingMetrics metrics = new CountingMetrics();
        UpstreamIdentityProvider measured = MeasuredIdentityProvider.of(CORP, metrics);
        UpstreamSignIn signIn = UpstreamSignIn.start("corp");

        assertThat(measured.identify("ada", signIn, CALLBACK)).isInstanceOf(UpstreamIdentityProvider.Identified.class);
        assertThat(measured.identify("mallory", signIn, CALLBACK)).isEqualTo(new UpstreamIdentityProvider.Refused(
                "not in the allowed group"));
        assertThat(measured.identify("x", signIn, CALLBACK)).isInstanceOf(UpstreamIdentityProvider.Failed.class);

        assertThat(metrics.reports).containsExactly("sign-in corp SUCCEEDED", "sign-in corp REFUSED", "sign-in corp FAILED");
        assertThat(measured.name()).isEqualTo("corp");
        assertThat(measured.authorizationUrl(signIn, CALLBACK)).isEqualTo(CORP.authorizationUrl(signIn, CALLBACK));
    }

    @Test
    void withoutMetricsTheProviderIsLeftAsItIs() {
        assertThat(MeasuredIdentityProvider.of(CORP, Metrics.none())).isSameAs(CORP);
    }
}
