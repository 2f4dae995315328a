package dev.notesmcp.application.port.out;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Login;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link UpstreamIdentityProvider} must do: the checklist of an identity adapter. The
 * authorization URL carries our {@code state} (and the {@code nonce} and PKCE S256 challenge when
 * the provider {@link #supports() declares} them, never the verifier); the provider sends the
 * browser back to our callback with that state and a code; a good code identifies a user whose id
 * names the provider, the same person as the same user every time; a code works once, belongs to
 * its sign-in, and anything else is a {@link Failed} (never an exception) whose message repeats no
 * secret.
 *
 * <p>A provider's test extends this class, points the provider at a fake or local server (never
 * the internet) and plays the browser in {@link #signIn(URI)}. What a provider does not declare
 * must then be absent from its URL: a nonce or challenge nobody checks would only mislead.
 */
public abstract class UpstreamIdentityProviderContract {

    /** What a provider sends and checks besides {@code state}. */
    public enum Supports {
        /** OpenID Connect's {@code nonce}, checked in the ID token. */
        NONCE,
        /** PKCE S256 (RFC 7636): the code is bound to the sign-in's verifier. */
        PKCE
    }

    protected UpstreamIdentityProvider provider;

    /** The provider under test, pointed at its test server; built fresh for every test. */
    protected abstract UpstreamIdentityProvider newProvider();

    /** The callback URL the provider is registered with: {@code PUBLIC_URL/oauth/<name>/callback}. */
    protected abstract URI callback();

    protected abstract Set<Supports> supports();

    /**
     * Plays the browser and the person at the provider: follows {@code authorizationUrl}, signs in
     * as the test's one person, and returns where the provider sends the browser back (our
     * callback, with {@code code} and {@code state}).
     */
    protected abstract URI signIn(URI authorizationUrl);

    @BeforeEach
    void createProvider() {
        provider = newProvider();
    }

    // ---- who it is

    @Test
    void itsNameFitsOurUrlsAndUserIdsAndPeopleKnowItByAName() {
        assertThat(UpstreamSignIn.isProviderName(provider.name())).as("name '%s'", provider.name()).isTrue();
        assertThat(provider.displayName()).isNotBlank();
    }

    // ---- the authorization URL

    @Test
    void theAuthorizationUrlIsAnAbsoluteWebAddressCarryingOurState() {
        UpstreamSignIn signIn = signIn();

        URI url = provider.authorizationUrl(signIn, callback());

        assertThat(url.isAbsolute()).isTrue();
        assertThat(url.getScheme()).isIn("http", "https");
        assertThat(query(url)).containsEntry("state", signIn.state());
    }

    @Test
    void theAuthorizationUrlNeverCarriesTheVerifier() {
        UpstreamSignIn signIn = signIn();

        assertThat(provider.authorizationUrl(signIn, callback()).toString()).doesNotContain(signIn.codeVerifier());
    }

    @Test
    void theAuthorizationUrlCarriesTheNonceExactlyWhenTheProviderChecksOne() {
        UpstreamSignIn signIn = signIn();

        Map<String, String> query = query(provider.authorizationUrl(signIn, callback()));

        if (supports().contains(Supports.NONCE)) {
            assertThat(query).containsEntry("nonce", signIn.nonce());
        } else {
            assertThat(query).as("a nonce nobody checks").doesNotContainKey("nonce");
        }
    }

    @Test
    void theAuthorizationUrlCarriesThePkceS256ChallengeExactlyWhenTheProviderChecksOne() {
        UpstreamSignIn signIn = signIn();

        Map<String, String> query = query(provider.authorizationUrl(signIn, callback()));

        if (supports().contains(Supports.PKCE)) {
            assertThat(query).containsEntry("code_challenge", signIn.codeChallenge())
                    .containsEntry("code_challenge_method", "S256");
        } else {
            assertThat(query).as("a challenge nobody checks").doesNotContainKey("code_challenge");
        }
    }

    @Test
    void everySignInGetsItsOwnAuthorizationUrl() {
        assertThat(provider.authorizationUrl(signIn(), callback()))
                .isNotEqualTo(provider.authorizationUrl(signIn(), callback()));
    }

    // ---- back at our callback

    @Test
    void theProviderSendsTheBrowserBackToOurCallbackWithTheStateAndACode() {
        UpstreamSignIn signIn = signIn();

        URI back = signIn(provider.authorizationUrl(signIn, callback()));

        assertThat(back.toString()).startsWith(callback() + "?");
        assertThat(query(back)).containsEntry("state", signIn.state()).containsKey("code");
    }

    @Test
    void aGoodCodeIdentifiesAUserWhoseIdNamesTheProvider() {
        UpstreamSignIn signIn = signIn();

        UpstreamIdentity identity = identified(provider.identify(codeFor(signIn), signIn, callback()));

        assertThat(identity.user().provider()).isEqualTo(provider.name());
        assertThat(identity.login()).isNotBlank();
    }

    @Test
    void theSamePersonIsTheSameUserEverySignIn() {
        UpstreamSignIn first = signIn();
        UpstreamSignIn second = signIn();

        UpstreamIdentity once = identified(provider.identify(codeFor(first), first, callback()));
        UpstreamIdentity again = identified(provider.identify(codeFor(second), second, callback()));

        assertThat(again.user()).isEqualTo(once.user());
    }

    // ---- codes that do not identify anyone

    @Test
    void aCodeWorksOnce() {
        UpstreamSignIn signIn = signIn();
        String code = codeFor(signIn);
        identified(provider.identify(code, signIn, callback()));

        assertFailedWithoutSecrets(provider.identify(code, signIn, callback()), code, signIn);
    }

    @Test
    void aCodeTheProviderNeverIssuedFails() {
        UpstreamSignIn signIn = signIn();
        signIn(provider.authorizationUrl(signIn, callback()));
        String forged = "forged-" + UpstreamSignIn.start("x").state();

        assertFailedWithoutSecrets(provider.identify(forged, signIn, callback()), forged, signIn);
    }

    @Test
    void malformedCodesFailWithoutAnException() {
        UpstreamSignIn signIn = signIn();

        for (String code : List.of("", " ", "a b", "\u0000", "é🐙", "x".repeat(10_000), "%00", "code\r\nX-Injected: 1")) {
            assertThat(provider.identify(code, signIn, callback())).as("code %.20s", code).isInstanceOf(Failed.class);
        }
    }

    @Test
    void aCodeBelongsToItsSignInsVerifierWhenThePkceChallengeWasSent() {
        UpstreamSignIn signIn = signIn();
        if (!supports().contains(Supports.PKCE)) {
            assertThat(query(provider.authorizationUrl(signIn, callback()))).doesNotContainKey("code_challenge");
            return;
        }
        String code = codeFor(signIn);
        UpstreamSignIn otherVerifier = new UpstreamSignIn(signIn.provider(), signIn.state(), signIn.nonce(),
                UpstreamSignIn.start(signIn.provider()).codeVerifier());

        assertFailedWithoutSecrets(provider.identify(code, otherVerifier, callback()), code, otherVerifier);
    }

    // ---- helpers

    /** A fresh sign-in at the provider under test, as the application starts one. */
    protected UpstreamSignIn signIn() {
        return UpstreamSignIn.start(provider.name());
    }

    /** The code the provider hands out for {@code signIn} after the person signed in. */
    protected String codeFor(UpstreamSignIn signIn) {
        URI back = signIn(provider.authorizationUrl(signIn, callback()));
        String code = query(back).get("code");
        assertThat(code).as("code in %s", back).isNotNull();
        return code;
    }

    private static UpstreamIdentity identified(Login login) {
        assertThat(login).isInstanceOf(Identified.class);
        return ((Identified) login).identity();
    }

    private static void assertFailedWithoutSecrets(Login login, String code, UpstreamSignIn signIn) {
        assertThat(login).isInstanceOf(Failed.class);
        String message = ((Failed) login).message();
        assertThat(message).isNotBlank().doesNotContain(signIn.codeVerifier()).doesNotContain(signIn.nonce())
                .doesNotContain(signIn.state());
        if (code.length() >= 8) {
            assertThat(message).doesNotContain(code);
        }
    }

    /** The decoded query parameters of {@code uri}; a parameter given twice keeps its first value. */
    protected static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            parameters.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
