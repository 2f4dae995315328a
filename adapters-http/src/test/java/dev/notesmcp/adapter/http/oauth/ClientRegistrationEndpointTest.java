package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.service.oauth.RegisterClientService;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRegistrationEndpointTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String INSPECTOR = """
            {"redirect_uris":["http://localhost:6274/oauth/callback"],"token_endpoint_auth_method":"none",
             "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
             "client_name":"MCP Inspector","client_uri":"https://github.com/modelcontextprotocol/inspector"}""";

    /** Keeps registered clients so the tests can see what was stored. */
    private static final class FakeClientRepository implements ClientRepository {
        private final Map<ClientId, RegisteredClient> clients = new ConcurrentHashMap<>();

        @Override
        public void add(RegisteredClient client) {
            if (clients.putIfAbsent(client.id(), client) != null) {
                throw new IllegalStateException("duplicate client id");
            }
        }

        @Override
        public Optional<RegisteredClient> find(ClientId id) {
            return Optional.ofNullable(clients.get(id));
        }

        @Override
        public void recordUse(ClientId id, java.time.Instant now) {
            throw new UnsupportedOperationException("registration never records a use");
        }

        @Override
        public int removeIdleSince(java.time.Instant idleSince) {
            throw new UnsupportedOperationException("registration never removes clients");
        }

        @Override
        public java.util.List<UsedClient> list() {
            throw new UnsupportedOperationException("registration never lists clients");
        }

        @Override
        public Optional<UsedClient> findWithUse(ClientId id) {
            throw new UnsupportedOperationException("registration never reads a last use");
        }

        @Override
        public boolean remove(ClientId id) {
            throw new UnsupportedOperationException("registration never removes a client");
        }
    }

    private static final FakeClientRepository CLIENTS = new FakeClientRepository();
    private static WebServer server;
    private static URI register;

    @BeforeAll
    static void start() {
        ClientRegistrationEndpoint endpoint = new ClientRegistrationEndpoint(
                new RegisterClientService(CLIENTS, Clock.fixed(NOW, ZoneOffset.UTC)),
                new JsonResponses(new JacksonMcpJsonMapper(new ObjectMapper())));
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.register(endpoint))
                .build()
                .start();
        register = URI.create("http://localhost:" + server.port() + ClientRegistrationEndpoint.PATH);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void forgetClients() {
        CLIENTS.clients.clear();
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, "application/json");
    }

    private static HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(register)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static RegisteredClient stored(JsonNode information) {
        return CLIENTS.find(new ClientId(information.get("client_id").asText())).orElseThrow();
    }

    @Test
    void registersAPublicClientAsMcpInspectorDoes() throws Exception {
        HttpResponse<String> response = post(INSPECTOR);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        JsonNode information = JSON.readTree(response.body());
        RegisteredClient client = stored(information);
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(information).isEqualTo(JSON.readTree("""
                {
                  "client_id": "%s",
                  "client_id_issued_at": %d,
                  "redirect_uris": ["http://localhost:6274/oauth/callback"],
                  "token_endpoint_auth_method": "none",
                  "grant_types": ["authorization_code", "refresh_token"],
                  "response_types": ["code"],
                  "client_name": "MCP Inspector",
                  "scope": "notes:read notes:write",
                  "application_type": "native"
                }
                """.formatted(client.id().value(), NOW.getEpochSecond())));
    }

    @Test
    void aClientThatNamesNoAuthMethodIsConfidentialAndSeesItsSecretOnce() throws Exception {
        HttpResponse<String> response = post("""
                {"redirect_uris":["https://app.example/cb"],"scope":"notes:read"}""", "application/json; charset=utf-8");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode information = JSON.readTree(response.body());
        String secret = information.get("client_secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(information.get("client_secret_expires_at").asLong()).isZero();
        assertThat(information.get("token_endpoint_auth_method").asText()).isEqualTo("client_secret_basic");
        assertThat(information.get("grant_types")).isEqualTo(JSON.readTree("[\"authorization_code\"]"));
        assertThat(information.get("response_types")).isEqualTo(JSON.readTree("[\"code\"]"));
        assertThat(information.get("client_name").asText()).isEqualTo("Unnamed client");
        assertThat(information.get("scope").asText()).isEqualTo("notes:read");

        RegisteredClient client = stored(information);
        assertThat(client.secretHash().orElseThrow().value()).isNotEqualTo(secret);
        assertThat(client.toString()).doesNotContain(secret);
        assertThat(client.id().value()).isNotEqualTo(secret);
        assertThat(client.authenticates(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of(secret))).isTrue();

        JsonNode second = JSON.readTree(post("""
                {"redirect_uris":["https://app.example/cb"]}""").body());
        assertThat(second.get("client_id").asText()).isNotEqualTo(information.get("client_id").asText());
        assertThat(second.get("client_secret").asText()).isNotEqualTo(secret);
    }

    @Test
    void clientSecretPostGetsASecretToo() throws Exception {
        JsonNode information = JSON.readTree(post("""
                {"redirect_uris":["https://app.example/cb"],"token_endpoint_auth_method":"client_secret_post"}""")
                .body());

        assertThat(information.get("token_endpoint_auth_method").asText()).isEqualTo("client_secret_post");
        assertThat(information.has("client_secret")).isTrue();
    }

    @Test
    void ignoresMetadataItDoesNotUseAndNullMeansAbsent() throws Exception {
        HttpResponse<String> response = post("""
                {"redirect_uris":["https://app.example/cb"],"token_endpoint_auth_method":"none",
                 "logo_uri":"https://app.example/logo.png","contacts":["a@app.example"],"client_name#fr":"Appli",
                 "software_id":"4NRB1-0XZABZI9E6-5SM3R","jwks":{"keys":[]},"scope":null,"client_name":null}""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode information = JSON.readTree(response.body());
        assertThat(information.has("logo_uri")).isFalse();
        assertThat(information.get("scope").asText()).isEqualTo("notes:read notes:write");
    }

    @Test
    void acceptsABodyWithoutContentType() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(register)
                .POST(HttpRequest.BodyPublishers.ofString(INSPECTOR))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    static Stream<Arguments> refusedRegistrations() {
        return Stream.of(
                Arguments.of("no redirect_uris", "{\"token_endpoint_auth_method\":\"none\"}", "invalid_redirect_uri"),
                Arguments.of("empty redirect_uris", "{\"redirect_uris\":[]}", "invalid_redirect_uri"),
                Arguments.of("eleven redirect_uris", "{\"redirect_uris\":[" + String.join(",",
                        java.util.stream.IntStream.range(0, 11).mapToObj(i -> "\"https://a.example/" + i + "\"")
                                .toList()) + "]}", "invalid_redirect_uri"),
                Arguments.of("http non-loopback", "{\"redirect_uris\":[\"http://app.example/cb\"]}", "invalid_redirect_uri"),
                Arguments.of("fragment", "{\"redirect_uris\":[\"https://app.example/cb#x\"]}", "invalid_redirect_uri"),
                Arguments.of("javascript:", "{\"redirect_uris\":[\"javascript:alert(1)\"]}", "invalid_redirect_uri"),
                Arguments.of("relative", "{\"redirect_uris\":[\"/cb\"]}", "invalid_redirect_uri"),
                Arguments.of("unknown auth method",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"token_endpoint_auth_method\":\"private_key_jwt\"}",
                        "invalid_client_metadata"),
                Arguments.of("only an unsupported grant type",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"grant_types\":[\"client_credentials\"]}",
                        "invalid_client_metadata"),
                Arguments.of("web client with a loopback redirect",
                        "{\"redirect_uris\":[\"http://127.0.0.1:8787/cb\"],\"application_type\":\"web\"}",
                        "invalid_redirect_uri"),
                Arguments.of("unknown application_type",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"application_type\":\"desktop\"}",
                        "invalid_client_metadata"),
                Arguments.of("implicit grant type",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"grant_types\":[\"implicit\"],\"response_types\":[\"token\"]}",
                        "invalid_client_metadata"),
                Arguments.of("response type token",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"response_types\":[\"token\"]}",
                        "invalid_client_metadata"),
                Arguments.of("code without authorization_code",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"grant_types\":[\"refresh_token\"],\"response_types\":[\"code\"]}",
                        "invalid_client_metadata"),
                Arguments.of("authorization_code without code",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"response_types\":[]}",
                        "invalid_client_metadata"),
                Arguments.of("name of 201 characters",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"client_name\":\"" + "x".repeat(201) + "\"}",
                        "invalid_client_metadata"),
                Arguments.of("name with a bidi override",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"client_name\":\"Good\\u202Eecilam\"}",
                        "invalid_client_metadata"),
                Arguments.of("no scope offered here",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"scope\":\"openid notes:admin\"}",
                        "invalid_client_metadata"),
                Arguments.of("redirect_uris a string", "{\"redirect_uris\":\"https://app.example/cb\"}",
                        "invalid_client_metadata"),
                Arguments.of("redirect_uris with a number", "{\"redirect_uris\":[42]}", "invalid_client_metadata"),
                Arguments.of("redirect_uris with a null", "{\"redirect_uris\":[null]}", "invalid_client_metadata"),
                Arguments.of("grant_types a string",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"grant_types\":\"authorization_code\"}",
                        "invalid_client_metadata"),
                Arguments.of("client_name a number", "{\"redirect_uris\":[\"https://app.example/cb\"],\"client_name\":7}",
                        "invalid_client_metadata"),
                Arguments.of("scope an array", "{\"redirect_uris\":[\"https://app.example/cb\"],\"scope\":[\"notes:read\"]}",
                        "invalid_client_metadata"),
                Arguments.of("auth method a boolean",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"token_endpoint_auth_method\":true}",
                        "invalid_client_metadata"),
                Arguments.of("non-JSON body", "redirect_uris=https://app.example/cb", "invalid_request"),
                Arguments.of("truncated JSON", "{\"redirect_uris\":[\"https://app.example/cb\"]", "invalid_request"),
                Arguments.of("JSON array body", "[{\"redirect_uris\":[\"https://app.example/cb\"]}]", "invalid_request"),
                Arguments.of("JSON string body", "\"https://app.example/cb\"", "invalid_request"),
                Arguments.of("JSON null body", "null", "invalid_request"),
                Arguments.of("empty body", "", "invalid_request"),
                Arguments.of("two documents", "{\"redirect_uris\":[\"https://app.example/cb\"]} {}", "invalid_request"),
                Arguments.of("duplicate member",
                        "{\"redirect_uris\":[\"https://app.example/cb\"],\"redirect_uris\":[\"http://evil.example/\"]}",
                        "invalid_request"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("refusedRegistrations")
    void refusesWithTheExactRfc7591Error(String name, String body, String error) throws Exception {
        assertRefused(post(body), error);
    }

    @Test
    void refusesAFormEncodedBody() throws Exception {
        assertRefused(post("{\"redirect_uris\":[\"https://app.example/cb\"]}", "application/x-www-form-urlencoded"),
                "invalid_request");
    }

    @Test
    void refusesABodyOverSixtyFourKibibytes() throws Exception {
        assertRefused(post(paddedTo(ClientRegistrationEndpoint.MAX_BODY_BYTES + 1)), "invalid_request");
    }

    @Test
    void refusesAnOversizedBodySentWithoutContentLength() throws Exception {
        byte[] body = paddedTo(ClientRegistrationEndpoint.MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(register)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertRefused(response, "invalid_request");
    }

    /** RFC 7591 §3.2.1: what is registered is returned, narrowed; VS Code lists the device grant. */
    @Test
    void returnsTheNarrowedMetadataItRegistered() throws Exception {
        HttpResponse<String> response = post("""
                {"client_name":"Visual Studio Code","redirect_uris":["http://127.0.0.1:33418","https://vscode.dev/redirect"],
                 "grant_types":["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:device_code"],
                 "response_types":["code"],"token_endpoint_auth_method":"none","scope":"notes:read offline_access"}""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode information = JSON.readTree(response.body());
        assertThat(information.get("grant_types")).isEqualTo(JSON.readTree("[\"authorization_code\",\"refresh_token\"]"));
        assertThat(information.get("scope").asText()).isEqualTo("notes:read");
        assertThat(information.get("application_type").asText()).isEqualTo("native");
        assertThat(stored(information).applicationType().value()).isEqualTo("native");
    }

    @Test
    void acceptsABodyOfExactlySixtyFourKibibytes() throws Exception {
        assertThat(post(paddedTo(ClientRegistrationEndpoint.MAX_BODY_BYTES)).statusCode()).isEqualTo(201);
    }

    @Test
    void errorDescriptionsStayWithinTheRfc6749CharacterSet() throws Exception {
        HttpResponse<String> response = post("""
                {"redirect_uris":["https://app.example/cb"],"scope":"notes:\\"été\\\\%s"}""".formatted("x".repeat(1000)));

        String description = JSON.readTree(response.body()).get("error_description").asText();
        assertThat(description).matches("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]+");
        assertThat(description.length()).isLessThanOrEqualTo(OAuthErrorResponses.MAX_DESCRIPTION_LENGTH);
    }

    /** A valid public-client registration, padded with JSON whitespace to exactly {@code size} bytes. */
    private static String paddedTo(int size) {
        String body = "{\"redirect_uris\":[\"https://app.example/cb\"],\"token_endpoint_auth_method\":\"none\"}";
        return body.substring(0, body.length() - 1) + " ".repeat(size - body.length()) + "}";
    }

    private static void assertRefused(HttpResponse<String> response, String error) throws IOException {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isNotBlank();
        assertThat(body.size()).isEqualTo(2);
        assertThat(CLIENTS.clients).isEmpty();
    }
}
