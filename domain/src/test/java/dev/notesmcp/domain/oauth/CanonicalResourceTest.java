package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalResourceTest {

    private static final CanonicalResource OURS = new CanonicalResource("https://notes.example.com/mcp");
    private static final CanonicalResource LOCAL = new CanonicalResource("http://localhost:10000/prefix/mcp");

    @ParameterizedTest
    @ValueSource(strings = {
            "https://notes.example.com/mcp",
            "https://notes.example.com/mcp/",
            "HTTPS://NOTES.EXAMPLE.COM/mcp",
            "https://Notes.Example.Com/mcp/",
            "https://notes.example.com:443/mcp",
            "https://notes.example.com/%6Dcp"})
    void isNamedByEveryEquivalentSpelling(String requested) {
        assertThat(OURS.isNamedBy(requested)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HTTP://LOCALHOST:10000/prefix/mcp/",
            "http://localhost:10000/prefix/mcp",
            "http://LocalHost:10000/prefix/mcp"})
    void acceptsUpperCaseAndATrailingSlashWithAPathPrefix(String requested) {
        assertThat(LOCAL.isNamedBy(requested)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://notes.example.com/MCP",
            "https://notes.example.com/mcp//",
            "https://notes.example.com/x/../mcp",
            "https://notes.example.com",
            "https://notes.example.com/",
            "http://notes.example.com/mcp",
            "https://notes.example.com:8443/mcp",
            "https://notes.example.com/mcp?x=1",
            "https://notes.example.com/mcp#frag",
            "https://user@notes.example.com/mcp",
            "https://notes.example.com.evil.test/mcp",
            "notes.example.com/mcp",
            "https://notes.example.com/m%20cp",
            "not a url",
            ""})
    void isNotNamedByAnythingElse(String requested) {
        assertThat(OURS.isNamedBy(requested)).isFalse();
    }

    @Test
    void isNotNamedByNothing() {
        assertThat(OURS.isNamedBy(null)).isFalse();
    }

    @Test
    void keepsItsOwnSpellingForTheAudience() {
        assertThat(LOCAL.value()).isEqualTo("http://localhost:10000/prefix/mcp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.example.com/mcp", "ftp://notes.example.com/mcp", "https://notes.example.com/mcp#x"})
    void refusesAnIdentifierThatCouldNeverBeNamed(String value) {
        assertThatThrownBy(() -> new CanonicalResource(value)).isInstanceOf(InvalidValueException.class);
    }
}
