package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registration rules (RFC 6749 §3.1.2, OAuth 2.1 §2.3.1, RFC 8252 §7.1, §7.3, §8.4) and request
 * matching (exact string, OAuth 2.1 §4.1.1; any port on loopback, RFC 8252 §7.3).
 */
class RedirectUriTest {

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new RedirectUri(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("redirect_uri"));
    }

    @Nested
    class Registration {

        @ParameterizedTest
        @ValueSource(strings = {
                "https://app.example/callback",
                "https://app.example",
                "https://app.example:8443/cb",
                "https://app.example/cb?tenant=a",
                "https://sub.app.example/a/b/c",
                "HTTPS://app.example/cb"})
        void acceptsHttps(String value) {
            assertThat(new RedirectUri(value).value()).isEqualTo(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "http://127.0.0.1/callback",
                "http://127.0.0.1:8080/callback",
                "http://127.1.2.3:9/cb",
                "http://127.255.255.255/cb",
                "http://[::1]/cb",
                "http://[::1]:3000/cb",
                "http://localhost/cb",
                "http://localhost:6274/oauth/callback",
                "http://LocalHost:1/cb"})
        void acceptsHttpOnLoopback(String value) {
            RedirectUri uri = new RedirectUri(value);

            assertThat(uri.value()).isEqualTo(value);
            assertThat(uri.isLoopbackHttp()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "http://app.example/cb",
                "http://127.0.0.1.evil.example/cb",
                "http://localhost.evil.example/cb",
                "http://evil.example/127.0.0.1",
                "http://0.0.0.0/cb",
                "http://10.0.0.1/cb",
                "http://192.168.1.1/cb",
                "http://128.0.0.1/cb",
                "http://127.1/cb",
                "http://2130706433/cb",
                "http://127.999.0.1/cb",
                "http://127.0.0.1@evil.example/cb"})
        void refusesHttpOffLoopback(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "https://app.example/cb#",
                "https://app.example/cb#frag",
                "https://app.example/cb?x=1#frag",
                "http://127.0.0.1:8080/cb#x",
                "com.example.app:/cb#x"})
        void refusesFragments(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "javascript://app.example/%0aalert(1)",
                "data:text/html,<script>alert(1)</script>",
                "data:text/html;base64,PHNjcmlwdD4=",
                "file:///etc/passwd",
                "file://app.example/cb",
                "vbscript:msgbox(1)"})
        void refusesDangerousSchemes(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "https://user@app.example/cb",
                "https://user:password@app.example/cb",
                "https://app.example@evil.example/cb",
                "http://evil.example@127.0.0.1/cb",
                "http://user@localhost:8080/cb"})
        void refusesUserInfo(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/callback", "callback", "//app.example/cb", "?x=1", "../cb"})
        void refusesRelativeReferences(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"com.example.app:/oauth2redirect/example-provider", "com.example.app:/cb",
                "io.github.someone.notes:/callback", "com.example.app:cb"})
        void acceptsReverseDomainPrivateUseSchemes(String value) {
            RedirectUri uri = new RedirectUri(value);

            assertThat(uri.value()).isEqualTo(value);
            assertThat(uri.isLoopbackHttp()).isFalse();
        }

        /** RFC 8252 §7.1 asks the app for a reverse-domain scheme; the server does not enforce it (Cursor's has no dot). */
        @ParameterizedTest
        @ValueSource(strings = {"cursor://anysphere.cursor-mcp/oauth/callback", "myapp:/cb", "myapp://cb",
                "vscode://vscode.github-authentication/did-authenticate", "x-app:cb"})
        void acceptsPrivateUseSchemesWithoutADot(String value) {
            RedirectUri uri = new RedirectUri(value);

            assertThat(uri.value()).isEqualTo(value);
            assertThat(uri.isLoopbackHttp()).isFalse();
            assertThat(uri.isWebPage()).isFalse();
        }

        @Test
        void aPrivateUseSchemeMatchesOnlyExactly() {
            RedirectUri uri = new RedirectUri("cursor://anysphere.cursor-mcp/oauth/callback");

            assertThat(uri.matches("cursor://anysphere.cursor-mcp/oauth/callback")).isTrue();
            assertThat(uri.matches("cursor://anysphere.cursor-mcp/oauth/callback/")).isFalse();
            assertThat(uri.matches("CURSOR://anysphere.cursor-mcp/oauth/callback")).isFalse();
            assertThat(uri.matches("cursor://anysphere.cursor-mcp:1/oauth/callback")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT://x/%0Aalert(1)",
                "data:text/html,hi", "DATA:text/html,hi", "file:///etc/passwd", "File:///etc/passwd",
                "vbscript:msgbox", "VBScript:msgbox", "blob:https://app.example/1", "Blob:https://app.example/1",
                "about:blank", "ABOUT:blank", "urn:ietf:wg:oauth:2.0:oob", "ftp://app.example/cb",
                "ws://127.0.0.1/cb", "wss://app.example/cb", "mailto:someone@app.example"})
        void refusesSchemesThatRunCodeOrBelongToNoApp(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"https:/cb", "https:///cb", "https://:443/cb"})
        void refusesHttpsWithoutAHost(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://app.example/c b", "https://app.example/<cb>", "https://app.example/\\cb", "https://app.ex ample/"})
        void refusesMalformedUris(String value) {
            assertRefused(value);
        }

        @ParameterizedTest
        @NullAndEmptySource
        void refusesNothing(String value) {
            assertRefused(value);
        }

        @Test
        void acceptsUpToTheMaximumLength() {
            String prefix = "https://app.example/";
            String value = prefix + "a".repeat(RedirectUri.MAX_LENGTH - prefix.length());

            assertThat(new RedirectUri(value).value()).hasSize(RedirectUri.MAX_LENGTH);
        }

        @Test
        void refusesBeyondTheMaximumLength() {
            String prefix = "https://app.example/";

            assertRefused(prefix + "a".repeat(RedirectUri.MAX_LENGTH - prefix.length() + 1));
        }

        @Test
        void httpsIsNotLoopbackHttpEvenOnALoopbackHost() {
            assertThat(new RedirectUri("https://127.0.0.1/cb").isLoopbackHttp()).isFalse();
            assertThat(new RedirectUri("https://localhost/cb").isLoopbackHttp()).isFalse();
        }
    }

    @Nested
    class Matching {

        @Test
        void matchesItsExactString() {
            assertThat(new RedirectUri("https://app.example/callback").matches("https://app.example/callback")).isTrue();
        }

        @Test
        void matchesItsExactStringWithAQuery() {
            RedirectUri uri = new RedirectUri("https://app.example/cb?tenant=a");

            assertThat(uri.matches("https://app.example/cb?tenant=a")).isTrue();
            assertThat(uri.matches("https://app.example/cb?tenant=b")).isFalse();
            assertThat(uri.matches("https://app.example/cb")).isFalse();
            assertThat(uri.matches("https://app.example/cb?tenant=a&x=1")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "https://app.example.evil.example/callback",
                "https://evil.example/callback",
                "https://app.example@evil.example/callback",
                "https://evil.example/https://app.example/callback",
                "https://app.example/callback/../evil",
                "https://app.example/callback/..",
                "https://app.example/evil/../callback",
                "https://app.example/callback?x=1",
                "https://app.example/callback?",
                "https://app.example/callback#",
                "https://app.example/callback/",
                "https://app.example/callbacks",
                "https://app.example/Callback",
                "https://APP.example/callback",
                "HTTPS://app.example/callback",
                "https://app.example:443/callback",
                "https://app.example:8443/callback",
                "http://app.example/callback",
                "https://app.example/%63allback",
                "https://app.example//callback",
                " https://app.example/callback",
                "https://app.example/callback ",
                "https://app.example/callback%00",
                "",
                "/callback"})
        void refusesAnythingButTheExactString(String requested) {
            assertThat(new RedirectUri("https://app.example/callback").matches(requested)).isFalse();
        }

        @Test
        void aRegisteredTrailingSlashIsNotOptional() {
            RedirectUri uri = new RedirectUri("https://app.example/callback/");

            assertThat(uri.matches("https://app.example/callback/")).isTrue();
            assertThat(uri.matches("https://app.example/callback")).isFalse();
        }

        @Test
        void refusesNull() {
            assertThat(new RedirectUri("https://app.example/callback").matches(null)).isFalse();
            assertThat(new RedirectUri("http://127.0.0.1/callback").matches(null)).isFalse();
        }

        @ParameterizedTest
        @CsvSource({
                "http://127.0.0.1/callback,       http://127.0.0.1:51234/callback",
                "http://127.0.0.1/callback,       http://127.0.0.1:1/callback",
                "http://127.0.0.1/callback,       http://127.0.0.1:65535/callback",
                "http://127.0.0.1:8080/callback,  http://127.0.0.1:51234/callback",
                "http://127.0.0.1:8080/callback,  http://127.0.0.1/callback",
                "http://127.0.0.1:8080/callback,  http://127.0.0.1:8080/callback",
                "http://[::1]/callback,           http://[::1]:4000/callback",
                "http://localhost/callback,       http://localhost:6274/callback",
                "http://127.0.0.1/cb?a=1,         http://127.0.0.1:4000/cb?a=1",
                "http://127.0.0.1,                http://127.0.0.1:4000"})
        void loopbackMatchesOnAnyPort(String registered, String requested) {
            assertThat(new RedirectUri(registered).matches(requested)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "http://localhost:51234/callback",
                "http://[::1]:51234/callback",
                "http://127.0.0.2:51234/callback",
                "http://127.0.0.1.evil.example:51234/callback",
                "http://evil.example:51234/callback",
                "https://127.0.0.1:51234/callback",
                "http://127.0.0.1:51234/other",
                "http://127.0.0.1:51234/callback/",
                "http://127.0.0.1:51234/callback/../callback",
                "http://127.0.0.1:51234/%63allback",
                "http://127.0.0.1:51234/callback?x=1",
                "http://127.0.0.1:51234/callback#frag",
                "http://user@127.0.0.1:51234/callback",
                "http://evil.example@127.0.0.1:51234/callback",
                "http://127.0.0.1@evil.example:51234/callback",
                "http://127.0.0.1:abc/callback",
                "http://127.0.0.1:-1/callback",
                "http://127.0.0.1:51234",
                "not a uri"})
        void loopbackRefusesAnotherHostSchemePathQueryFragmentOrUserInfo(String requested) {
            assertThat(new RedirectUri("http://127.0.0.1/callback").matches(requested)).isFalse();
        }

        @Test
        void loopbackWithAQueryRequiresTheSameQuery() {
            RedirectUri uri = new RedirectUri("http://127.0.0.1/cb?a=1");

            assertThat(uri.matches("http://127.0.0.1:4000/cb")).isFalse();
            assertThat(uri.matches("http://127.0.0.1:4000/cb?a=2")).isFalse();
        }

        @Test
        void loopbackLocalhostDoesNotMatchAnIpLiteral() {
            RedirectUri uri = new RedirectUri("http://localhost/callback");

            assertThat(uri.matches("http://127.0.0.1:4000/callback")).isFalse();
            assertThat(uri.matches("http://[::1]:4000/callback")).isFalse();
        }

        @Test
        void httpsIgnoresNoPortEvenOnALoopbackHost() {
            RedirectUri uri = new RedirectUri("https://127.0.0.1/callback");

            assertThat(uri.matches("https://127.0.0.1:4000/callback")).isFalse();
        }

        @Test
        void privateUseSchemesMatchExactly() {
            RedirectUri uri = new RedirectUri("com.example.app:/callback");

            assertThat(uri.matches("com.example.app:/callback")).isTrue();
            assertThat(uri.matches("com.example.app:/callback2")).isFalse();
            assertThat(uri.matches("com.example.evil:/callback")).isFalse();
            assertThat(uri.matches("com.example.app://callback")).isFalse();
        }
    }

    @Nested
    class DisplayHost {

        @ParameterizedTest
        @CsvSource({
                "https://app.example/callback,      app.example",
                "https://App.Example:8443/cb?x=1,   app.example",
                "http://127.0.0.1:8080/cb,          127.0.0.1",
                "http://[::1]:3000/cb,              [::1]",
                "http://localhost/cb,               localhost"})
        void isTheLowerCaseHostWithoutPortPathOrQuery(String value, String expected) {
            assertThat(new RedirectUri(value).displayHost()).isEqualTo(expected);
        }

        @Test
        void isTheSchemeForAPrivateUseUriWithoutAuthority() {
            assertThat(new RedirectUri("com.example.app:/callback").displayHost()).isEqualTo("com.example.app:");
        }
    }

    @Test
    void equalWhenSameString() {
        assertThat(new RedirectUri("https://app.example/cb")).isEqualTo(new RedirectUri("https://app.example/cb"));
        assertThat(new RedirectUri("https://app.example/cb")).isNotEqualTo(new RedirectUri("https://app.example/cb/"));
    }

    @Test
    void aPrivateUseSchemeShowsTheSchemeNotTheHostItClaims() {
        assertThat(new RedirectUri("com.evil.app://good.example/cb").displayHost()).isEqualTo("com.evil.app:");
    }

    @Test
    void anEmptyQueryIsNotTheSameAsNoQueryEvenOnLoopback() {
        assertThat(new RedirectUri("http://127.0.0.1/cb").matches("http://127.0.0.1:51234/cb?")).isFalse();
    }

    @Test
    void aPortBeyondTheRangeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RedirectUri("http://127.0.0.1:99999/cb"))
                .isInstanceOf(dev.notesmcp.domain.InvalidValueException.class);
        assertThat(new RedirectUri("http://127.0.0.1/cb").matches("http://127.0.0.1:99999/cb")).isFalse();
    }
}
