package dev.notesmcp.domain.identity;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamSignInTest {

    /** RFC 7636 Appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String STATE = "c3RhdGUtdmFsdWUtb2YtMzItYnl0ZXMtLS0tLS0tLS0";

    @Test
    void startsWithFreshSecretsOf256BitsEach() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            UpstreamSignIn signIn = UpstreamSignIn.start("github");
            assertThat(signIn.provider()).isEqualTo("github");
            assertThat(signIn.state()).matches("[A-Za-z0-9_-]{43}");
            assertThat(signIn.nonce()).matches("[A-Za-z0-9_-]{43}");
            assertThat(signIn.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(signIn.state()) && seen.add(signIn.nonce()) && seen.add(signIn.codeVerifier()))
                    .as("every secret is new").isTrue();
        }
    }

    @Test
    void theCodeChallengeIsS256OfTheVerifier() {
        UpstreamSignIn signIn = new UpstreamSignIn("gitlab", STATE, STATE, VERIFIER);

        assertThat(signIn.codeChallenge()).isEqualTo(CHALLENGE);
        assertThat(UpstreamSignIn.CODE_CHALLENGE_METHOD).isEqualTo("S256");
    }

    @Test
    void toStringNamesTheProviderButNoSecret() {
        UpstreamSignIn signIn = UpstreamSignIn.start("google");

        assertThat(signIn.toString()).contains("google")
                .doesNotContain(signIn.state()).doesNotContain(signIn.nonce()).doesNotContain(signIn.codeVerifier());
    }

    @Test
    void knowsWhichUsersItsProviderSignsIn() {
        UpstreamSignIn signIn = UpstreamSignIn.start("github");

        assertThat(signIn.signsIn(new UserId("github:42"))).isTrue();
        assertThat(signIn.signsIn(new UserId("gitlab:42"))).isFalse();
        assertThat(signIn.signsIn(new UserId("github-enterprise:42"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GitHub", "1github", "-dev", "git hub", "git:hub", "abcdefghijklmnopqrstuvwxyz0123456"})
    void refusesAProviderNameThatCannotNameUsersOrUrls(String provider) {
        assertThatThrownBy(() -> UpstreamSignIn.start(provider))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("provider:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "github", "oidc", "my-okta2", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsShortLowerCaseNames(String provider) {
        assertThat(UpstreamSignIn.start(provider).provider()).isEqualTo(provider);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "has space in it and is long enough", "plus+signs+are+not+base64url+ok"})
    void refusesSecretsThatAreNotLongRandomValuesWithoutRepeatingThem(String value) {
        assertThatThrownBy(() -> new UpstreamSignIn("dev", value, STATE, VERIFIER))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("state:")
                .satisfies(e -> {
                    if (value != null && !value.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
        assertThatThrownBy(() -> new UpstreamSignIn("dev", STATE, value, VERIFIER))
                .hasMessageStartingWith("nonce:");
        assertThatThrownBy(() -> new UpstreamSignIn("dev", STATE, STATE, value))
                .hasMessageStartingWith("code_verifier:");
    }

    @Test
    void aVerifierFollowsRfc7636NotJustBase64Url() {
        assertThatThrownBy(() -> new UpstreamSignIn("dev", STATE, STATE, "a".repeat(42)))
                .hasMessageStartingWith("code_verifier:");
        assertThat(new UpstreamSignIn("dev", STATE, STATE, "a.b~c".repeat(9)).codeVerifier()).hasSize(45);
    }
}
