package dev.notesmcp.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notesmcp.bootstrap.TestServer;
import dev.notesmcp.bootstrap.hostile.RawExchange.Response;
import dev.notesmcp.domain.fuzz.Fuzz;
import dev.notesmcp.domain.fuzz.HostileStrings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    /** Each tool with the arguments it takes, so most calls get past the name and reach the values. */
    private static final Map<String, List<String>> TOOLS = Map.of(
            "create_note", List.of("title", "content", "tags"),
            "list_notes", List.of("limit", "cursor", "tag"),
            "get_note", List.of("id"),
            "update_note", List.of("id", "title", "content", "tags"),
            "delete_note", List.of("id"),
            "search_notes", List.of("query", "limit"),
            "no_such_tool", List.of("x"));
    private static final String[] TOOL_NAMES = TOOLS.keySet().stream().sorted().toArray(String[]::new);

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
        Fuzz.check(200, HttpFuzzEndToEndTest::mcpBody, body -> assertJsonRpcAnswer(fixture.send(fixture.mcp(body))));
        assertThat(fixture.notesOfTheUser()).isNotBlank();
    }

    @Test
    void anyToolArgumentsGetAResultOrInvalidParams() {
        Fuzz.check(300, random -> {
                    String tool = pick(random, TOOL_NAMES);
                    return Fixture.toolCall(tool, arguments(random, TOOLS.get(tool)));
                },
                call -> assertJsonRpcAnswer(fixture.send(fixture.mcp(call))));
        assertThat(fixture.notesOfTheUser()).isNotBlank();
    }

    @Test
    void anyClientMetadataIsRegisteredOrRefusedWithAnRfc7591Code() {
        Fuzz.check(200, HttpFuzzEndToEndTest::clientMetadata, metadata -> {
            Response response = fixture.send(request("POST", "/register", metadata, "Content-Type", "application/json"));
            assertNoInternals(response);
            if (response.status() != 201) {
                assertThat(response.status()).as(response.describe()).isIn(400, 413);
                assertThat(Expect.json(response).path("error").asText()).as(response.describe()).isIn(REGISTRATION_ERRORS);
            }
        });
    }

    @Test
    void anyTokenRequestFormAndBasicCredentialsGetAnOAuthError() {
        Fuzz.check(300, random -> new TokenRequest(tokenForm(random), basicCredentials(random)), sent -> {
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
        if (body.has("error")) {
            assertThat(body.path("error").path("code").asInt()).as(response.describe()).isIn(JSON_RPC_CODES);
        } else {
            assertThat(body.has("result")).as(response.describe()).isTrue();
        }
    }

    private static void assertNoInternals(Response response) {
        try {
            Expect.assertNoLeak(response, Set.of(), List.of(fixture.token, fixture.confidentialSecret), false);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n  answer: " + response.describe(), e);
        }
    }

    private static byte[] mcpBody(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> HostileStrings.any(random, 300).getBytes(StandardCharsets.UTF_8);
            case 4 -> jsonValue(random).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomBytes(random, 200);
            case 2 -> ("{\"jsonrpc\":" + jsonValue(random) + ",\"id\":" + jsonValue(random) + ",\"method\":"
                    + jsonValue(random) + ",\"params\":" + jsonValue(random) + "}").getBytes(StandardCharsets.UTF_8);
            default -> mutate(random, Fixture.toolCall("create_note", "{\"title\":\"t\",\"tags\":[\"a\"]}"));
        };
    }

    private static String arguments(Random random, List<String> names) {
        if (random.nextInt(10) == 0) {
            return jsonValue(random);
        }
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            if (random.nextInt(10) < 7) {
                json.append(json.length() == 1 ? "" : ",").append('"').append(name).append("\":")
                        .append(random.nextInt(3) == 0 ? jsonValue(random) : jsonString(HostileStrings.any(random, 60)));
            }
        }
        return json.append('}').toString();
    }

    private static String clientMetadata(Random random) {
        String[] fields = {"client_name", "redirect_uris", "token_endpoint_auth_method", "grant_types", "response_types",
                "scope", "client_uri"};
        StringBuilder json = new StringBuilder("{\"redirect_uris\":").append(random.nextBoolean()
                ? "[\"" + Fixture.REDIRECT_URI + "\"]" : "[" + jsonString(HostileStrings.any(random, 80)) + "]");
        for (int i = random.nextInt(4); i > 0; i--) {
            json.append(",\"").append(pick(random, fields)).append("\":").append(jsonValue(random));
        }
        String metadata = json.append('}').toString();
        return random.nextInt(5) == 0 ? new String(mutate(random, metadata), StandardCharsets.UTF_8) : metadata;
    }

    private static String tokenForm(Random random) {
        String[] names = {"grant_type", "code", "redirect_uri", "code_verifier", "refresh_token", "client_id",
                "client_secret", "scope", "resource", "%zz", ""};
        StringBuilder form = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            form.append(form.isEmpty() ? "" : "&").append(pick(random, names)).append('=')
                    .append(random.nextBoolean() ? HostileStrings.fromAlphabet(random, 20, "%zZ09afAF+&=;")
                            : java.net.URLEncoder.encode(HostileStrings.any(random, 40), StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static String basicCredentials(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "Basic " + HostileStrings.printableAscii(random, 40);
            case 2 -> "Basic " + java.util.Base64.getEncoder().encodeToString(randomBytes(random, 40));
            default -> Fixture.basic(HostileStrings.fromAlphabet(random, 12, "%zZ09:+"),
                    HostileStrings.any(random, 20));
        };
    }

    /** A JSON value of any type, strings escaped so lone surrogates and controls reach the parser as \\u escapes. */
    private static String jsonValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> String.valueOf(random.nextDouble() * 1e300);
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "[" + jsonString(HostileStrings.any(random, 30)) + "]";
            case 5 -> "{\"a\":" + jsonString(HostileStrings.any(random, 30)) + "}";
            default -> jsonString(HostileStrings.any(random, 120));
        };
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\'
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    /** A valid message with a few bytes flipped, dropped or inserted. */
    private static byte[] mutate(Random random, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (int i = random.nextInt(4) + 1; i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
