package dev.notesmcp.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notesmcp.bootstrap.TestServer;
import dev.notesmcp.bootstrap.hostile.RawExchange.Response;
import dev.notesmcp.domain.fuzz.Fuzz;
import dev.notesmcp.domain.fuzz.HostileStrings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.notesmcp.bootstrap.hostile.Fixture.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the server's entry points over HTTP (the in-memory configuration): the JSON-RPC intake,
 * tool arguments, client metadata, and the token endpoint's form and Basic credentials. Whatever
 * comes in, the answer is a standard JSON-RPC or OAuth error (or a success), never a 5xx, never
 * internals. Short in CI; {@code -Dfuzz.tries=100000} for a long run (docs/TESTING.md).
 */
class HttpFuzzEndToEndTest {

    private static final Set<Integer> JSON_RPC_CODES = Set.of(-32700, -32600, -32601, -32602);
    private static final Set<String> TOKEN_ERRORS = Set.of("invalid_request", "invalid_client", "invalid_grant",
            "unauthorized_client", "unsupported_grant_type", "invalid_scope", "invalid_target");
    private static final Set<String> REGISTRATION_ERRORS = Set.of("invalid_request", "invalid_client_metadata",
            "invalid_redirect_uri");
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = new Fixture(TestServer.start(Map.of()));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anyBodyOnMcpGetsAStandardJsonRpcAnswer() {
        Fuzz.check(200, HttpFuzzInputs::mcpBody, body -> assertJsonRpcAnswer(fixture.send(fixture.mcp(body))));
        assertThat(fixture.notesOfTheUser()).isNotBlank();
    }

    @Test
    void anyToolArgumentsGetAResultOrInvalidParams() {
        Fuzz.check(300, random -> {
                    String tool = HttpFuzzInputs.pick(random, HttpFuzzInputs.TOOL_NAMES);
                    return Fixture.toolCall(tool, HttpFuzzInputs.arguments(random, HttpFuzzInputs.TOOLS.get(tool)));
                },
                call -> assertJsonRpcAnswer(fixture.send(fixture.mcp(call))));
        assertThat(fixture.notesOfTheUser()).isNotBlank();
    }

    @Test
    void anyClientMetadataIsRegisteredOrRefusedWithAnRfc7591Code() {
        Fuzz.check(200, HttpFuzzInputs::clientMetadata, metadata -> {
            Response response = fixture.send(request("POST", "/register", metadata, "Content-Type", "application/json"));
            assertNoInternals(response);
            if (response.status() == 201) {
                // What was registered is shown back: it must be well-formed text (issue 8, Unicode everywhere).
                assertThat(allTextIsWellFormed(Expect.json(response)))
                        .as("registered text that is not well-formed UTF-16: " + response.describe()).isTrue();
            } else {
                assertThat(response.status()).as(response.describe()).isIn(400, 413);
                assertThat(Expect.json(response).path("error").asText()).as(response.describe()).isIn(REGISTRATION_ERRORS);
            }
        });
    }

    @Test
    void anyTokenRequestFormAndBasicCredentialsGetAnOAuthError() {
        Fuzz.check(300, random -> new TokenRequest(HttpFuzzInputs.tokenForm(random), HttpFuzzInputs.basicCredentials(random)), sent -> {
            Response response = fixture.send(sent.authorization() == null
                    ? request("POST", "/token", sent.form(), "Content-Type", "application/x-www-form-urlencoded")
                    : request("POST", "/token", sent.form(), "Content-Type", "application/x-www-form-urlencoded",
                    "Authorization", sent.authorization()));
            assertNoInternals(response);
            assertThat(response.status()).as(response.describe()).isIn(400, 401);
            assertThat(Expect.json(response).path("error").asText()).as(response.describe()).isIn(TOKEN_ERRORS);
        });
    }

    /** A token request as sent: the form body and the Authorization header ({@code null}: none). */
    private record TokenRequest(String form, String authorization) {
    }

    private static void assertJsonRpcAnswer(Response response) {
        assertNoInternals(response);
        assertThat(response.status()).as(response.describe()).isIn(200, 202, 400);
        if (response.status() == 202) {
            return;
        }
        JsonNode body = Expect.json(response);
        // A headerless array is a 2025-03-26 batch: answered by an array of responses (JSON-RPC 2.0 §6).
        if (body.isArray()) {
            assertThat(body.isEmpty()).as(response.describe()).isFalse();
            body.forEach(element -> assertJsonRpcResponse(element, response));
        } else {
            assertJsonRpcResponse(body, response);
        }
    }

    private static void assertJsonRpcResponse(JsonNode body, Response response) {
        if (body.has("error")) {
            assertThat(body.path("error").path("code").asInt()).as(response.describe()).isIn(JSON_RPC_CODES);
        } else {
            assertThat(body.has("result")).as(response.describe()).isTrue();
        }
    }

    private static boolean allTextIsWellFormed(JsonNode node) {
        if (node.isTextual()) {
            return HostileStrings.isWellFormed(node.textValue());
        }
        for (JsonNode child : node) {
            if (!allTextIsWellFormed(child)) {
                return false;
            }
        }
        return true;
    }

    private static void assertNoInternals(Response response) {
        try {
            Expect.assertNoLeak(response, Set.of(), List.of(fixture.token, fixture.confidentialSecret), false);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n  answer: " + response.describe(), e);
        }
    }
}
