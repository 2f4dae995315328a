package dev.notesmcp.adapter.cimd;

import dev.notesmcp.domain.oauth.registration.ClientMetadataDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    private static ClientMetadataDocument read(String json) throws DocumentReader.MalformedDocumentException {
        return DocumentReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void inlineKeysAreKeptAsTheJsonTextOfTheObject() throws DocumentReader.MalformedDocumentException {
        ClientMetadataDocument document = read("{\"client_id\":\"https://app.example/c.json\", \"jwks\": {\n"
                + "  \"keys\" : [ {\"kty\":\"EC\", \"crv\":\"P-256\", \"x\":\"a\", \"y\":\"b\"} ] } }");

        assertThat(document.jwks()).contains("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"a\",\"y\":\"b\"}]}");
        assertThat(document.jwksUri()).isEmpty();
    }

    @Test
    void aKeySetUrlIsKeptAsSent() throws DocumentReader.MalformedDocumentException {
        ClientMetadataDocument document = read("{\"client_id\":\"https://app.example/c.json\","
                + "\"jwks_uri\":\"https://app.example/jwks.json\"}");

        assertThat(document.jwksUri()).contains("https://app.example/jwks.json");
        assertThat(document.jwks()).isEmpty();
    }

    @Test
    void absentOrNullKeysAreEmpty() throws DocumentReader.MalformedDocumentException {
        ClientMetadataDocument document = read("{\"client_id\":\"x\",\"jwks\":null,\"jwks_uri\":null}");
        assertThat(document.jwks()).isEmpty();
        assertThat(document.jwksUri()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"{}\"", "42", "true"})
    void inlineKeysThatAreNotAnObjectAreRefused(String jwks) {
        assertThatThrownBy(() -> read("{\"client_id\":\"x\",\"jwks\":" + jwks + "}"))
                .isInstanceOf(DocumentReader.MalformedDocumentException.class)
                .hasMessage("jwks must be a JWK Set object (with a keys array)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"https://app.example/jwks.json\"]", "{}", "42"})
    void aKeySetUrlThatIsNotAStringIsRefused(String jwksUri) {
        assertThatThrownBy(() -> read("{\"client_id\":\"x\",\"jwks_uri\":" + jwksUri + "}"))
                .isInstanceOf(DocumentReader.MalformedDocumentException.class)
                .hasMessage("jwks_uri must be a string");
    }
}
