package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.domain.oauth.OAuthError;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthErrorResponsesTest {

    @Test
    void writesTheRfc6749ErrorWithTheCodesStatusAndNoCaching() throws Exception {
        OAuthErrorResponses errors = new OAuthErrorResponses(new JsonResponses(new JacksonMcpJsonMapper(new ObjectMapper())));
        WebServer server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.post("/token",
                        (request, response) -> errors.send(response, OAuthError.invalidClient("client authentication failed"))))
                .build()
                .start();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/token"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
            assertThat(new ObjectMapper().readTree(response.body())).isEqualTo(new ObjectMapper().readTree(
                    "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}"));
        } finally {
            server.stop();
        }
    }

    @Test
    void descriptionsAreReducedToTheCharactersRfc6749Allows() {
        assertThat(OAuthErrorResponses.describe("unknown scope \"é\\x\"\n")).isEqualTo("unknown scope '??x'?");
    }

    @Test
    void longDescriptionsAreCut() {
        String description = OAuthErrorResponses.describe("scope: unknown scope '" + "a".repeat(5000) + "'");

        assertThat(description).hasSize(OAuthErrorResponses.MAX_DESCRIPTION_LENGTH).endsWith("...");
    }

    @Test
    void shortDescriptionsAreKept() {
        String exact = "x".repeat(OAuthErrorResponses.MAX_DESCRIPTION_LENGTH);

        assertThat(OAuthErrorResponses.describe(exact)).isEqualTo(exact);
    }
}
