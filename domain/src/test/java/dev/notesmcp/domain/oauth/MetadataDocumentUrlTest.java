package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataDocumentUrlTest {

    @Test
    void anHttpsUrlWithAPathIsADocumentUrl() {
        MetadataDocumentUrl url = MetadataDocumentUrl.parse("https://Claude.ai/oauth/mcp-client.json").orElseThrow();
        assertThat(url.host()).isEqualTo("claude.ai");
        assertThat(url.isLoopbackHttp()).isFalse();
        assertThat(new ClientId("https://claude.ai/oauth/mcp-client.json").documentUrl()).contains(url);
    }

    @Test
    void plainHttpIsWellFormedOnlyForALoopbackLiteral() {
        assertThat(MetadataDocumentUrl.parse("http://127.0.0.1:8080/client.json").orElseThrow().isLoopbackHttp())
                .isTrue();
        assertThat(MetadataDocumentUrl.parse("http://app.example/client.json")).isEmpty();
        assertThat(MetadataDocumentUrl.parse("http://127.attacker.example/client.json")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example", "https://app.example/", "https://app.example/a#frag",
            "https://user:pw@app.example/client.json", "https://app.example/a/../client.json",
            "https://app.example/./client.json", "ftp://app.example/client.json", "https:///client.json",
            "https://app.example/a b"})
    void aUrlBreakingTheSpecRulesIsNoDocumentUrl(String value) {
        assertThat(MetadataDocumentUrl.parse(value)).isEmpty();
        assertThatThrownBy(() -> new ClientId(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theConstructorSaysWhatIsWrong() {
        assertThatThrownBy(() -> new MetadataDocumentUrl(URI.create("https://app.example/a#x")))
                .hasMessageContaining("fragment");
        assertThat(MetadataDocumentUrl.parse("https://app.example/" + "a".repeat(MetadataDocumentUrl.MAX_LENGTH)))
                .isEmpty();
    }

    @Test
    void anIssuedIdIsNoDocumentUrl() {
        assertThat(new ClientId("3f1c1d9e-5f3a-4a53-9a0e-1d2a0c9b7e11").documentUrl()).isEmpty();
    }
}
