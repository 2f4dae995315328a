package dev.notesmcp.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notesmcp.bootstrap.TestServer;
import dev.notesmcp.bootstrap.hostile.RawExchange.Request;
import dev.notesmcp.bootstrap.hostile.RawExchange.Response;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server the hostile rows attack and what a row needs to look plausible: a user with a token
 * and a note, a public and a confidential client, fresh consent pages. The server and clients are
 * set up once per suite; each row gets a user of its own ({@link #withNewUser()}), so a row that
 * poisons its user's notes cannot hide what the next rows do.
 */
final class Fixture implements AutoCloseable {

    static final String REDIRECT_URI = "http://127.0.0.1:33418/callback";
    private static final java.util.concurrent.atomic.AtomicInteger USERS = new java.util.concurrent.atomic.AtomicInteger();
    static final String VERIFIER = "hostile-verifier-0123456789-0123456789-0123456789";

    final TestServer server;
    final int port;
    final String token;
    final String publicClientId;
    final String confidentialClientId;
    final String confidentialSecret;

    Fixture(TestServer server) {
        this.server = server;
        this.port = URI.create(server.baseUrl()).getPort();
        this.token = newUserWithANote(server, port);
        this.publicClientId = register("none").path("client_id").asText();
        JsonNode confidential = register("client_secret_basic");
        this.confidentialClientId = confidential.path("client_id").asText();
        this.confidentialSecret = confidential.path("client_secret").asText();
    }

    private Fixture(Fixture shared, String token) {
        this.server = shared.server;
        this.port = shared.port;
        this.token = token;
        this.publicClientId = shared.publicClientId;
        this.confidentialClientId = shared.confidentialClientId;
        this.confidentialSecret = shared.confidentialSecret;
    }

    /** The same server and clients, attacked on behalf of a new user who has one note. */
    Fixture withNewUser() {
        return new Fixture(this, newUserWithANote(server, port));
    }

    private static String newUserWithANote(TestServer server, int port) {
        String token = server.tokens().forUser("dev:hostile-" + USERS.incrementAndGet());
        Response note = RawExchange.send(port, request("POST", "/mcp",
                toolCall("create_note", "{\"title\":\"kept\",\"content\":\"before the attack\"}"),
                "Content-Type", "application/json", "Accept", "application/json, text/event-stream",
                "Authorization", "Bearer " + token));
        assertThat(json(note).path("result").path("isError").asBoolean()).as(note.describe()).isFalse();
        return token;
    }

    Response send(Request request) {
        return RawExchange.send(port, request);
    }

    /** What {@code list_notes} shows the attacked user: must not change, and must keep working. */
    String notesOfTheUser() {
        Response response = send(mcp(toolCall("list_notes", "{}")));
        assertThat(response.status()).as("list_notes after the row: " + response.describe()).isEqualTo(200);
        return json(response).path("result").toString();
    }

    // --- requests ---

    static Request request(String method, String target, byte[] body, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return new Request(method, target, list, body, false);
    }

    static Request request(String method, String target, String body, String... headers) {
        return request(method, target, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** {@code POST /mcp} as a client sends it, with the user's token. */
    Request mcp(String body) {
        return mcp(body.getBytes(StandardCharsets.UTF_8));
    }

    Request mcp(byte[] body) {
        return request("POST", "/mcp", body, "Content-Type", "application/json",
                "Accept", "application/json, text/event-stream", "Authorization", "Bearer " + token);
    }

    static String toolCall(String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    static Request form(String path, Map<String, String> fields, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return request("POST", path, encode(fields), all);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Text around raw bytes: how a row puts invalid UTF-8 into an otherwise well-formed body. */
    static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A sound authorization request of the public client, as query parameters a row may change. */
    Map<String, String> authorizeParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", publicClientId);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        query.put("code_challenge_method", "S256");
        query.put("scope", "notes:read notes:write");
        query.put("state", "hostile-state");
        query.put("resource", server.baseUrl() + "/mcp");
        return query;
    }

    /** A consent page just opened in a browser: what its form would post, and the cookie it set. */
    record ConsentPage(String requestId, String csrfToken, String cookie) {
    }

    ConsentPage openConsent() {
        Response page = send(request("GET", "/authorize?" + encode(authorizeParameters()), new byte[0]));
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        String cookie = page.headers().getOrDefault("set-cookie", List.of()).stream()
                .map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
        return new ConsentPage(hidden(page.body(), "request_id"), hidden(page.body(), "csrf_token"), cookie);
    }

    private JsonNode register(String authMethod) {
        Response response = send(request("POST", "/register", """
                {"client_name":"hostile suite","redirect_uris":["%s"],"token_endpoint_auth_method":"%s",
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"]}"""
                .formatted(REDIRECT_URI, authMethod), "Content-Type", "application/json"));
        assertThat(response.status()).as(response.describe()).isEqualTo(201);
        return json(response);
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("no " + name + " in " + html).isTrue();
        return matcher.group(1);
    }

    static JsonNode json(Response response) {
        try {
            return Expect.JSON.readTree(response.bodyBytes());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.describe(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
