package dev.notesmcp.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.bootstrap.hostile.RawExchange.Response;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile row must get back. Every expectation is checked together with what holds for
 * every refusal: no 5xx but those the row names, a body that is empty or JSON (or our HTML page on
 * the browser routes), no internals and none of the secrets the request carried.
 */
interface Expect {

    ObjectMapper JSON = new ObjectMapper();

    /** Class names, stack frames and the exception messages issue 8 found in bodies. */
    Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|com\\.fasterxml|io\\.helidon|io\\.modelcontextprotocol|reactor\\.core|org\\.postgresql"
                    + "|dev\\.notesmcp\\.|Exception|\\bat [a-zA-Z_$][\\w$]*\\.[\\w$.]+\\(|For input string|Illegal hex"
                    + "|Cannot invoke|Unrecognized token|Unexpected character|\\[Source:|line: \\d+, column: \\d+"
                    + "|No entity|NullPointer|because \"");

    void check(Response response);

    /** RFC 6749 §5.2 / RFC 7591 §3.2.2 error: this status, a JSON body, {@code error} one of {@code codes}. */
    static Expect oauth(int status, String... codes) {
        return named("OAuth " + status + " " + String.join("|", codes), response -> {
            assertThat(response.status()).isEqualTo(status);
            assertThat(json(response).path("error").asText()).isIn((Object[]) codes);
        });
    }

    /** An OAuth error at one of several statuses (where RFC 6749 allows 400 invalid_request or 401 invalid_client). */
    static Expect oauthClientRefusal() {
        return named("OAuth 400 invalid_request | 401 invalid_client", response -> {
            JsonNode body = json(response);
            if (response.status() == 401) {
                assertThat(body.path("error").asText()).isEqualTo("invalid_client");
            } else {
                assertThat(response.status()).isEqualTo(400);
                assertThat(body.path("error").asText()).isIn("invalid_request", "invalid_client");
            }
        });
    }

    /** A JSON-RPC 2.0 error response with one of {@code codes}, at HTTP {@code status}. */
    static Expect jsonRpc(int status, int... codes) {
        return named("JSON-RPC " + status + " " + Arrays.toString(codes), response -> {
            assertThat(response.status()).isEqualTo(status);
            JsonNode body = json(response);
            assertThat(body.path("jsonrpc").asText()).isEqualTo("2.0");
            assertThat(body.path("error").path("code").asInt())
                    .isIn(Arrays.stream(codes).boxed().collect(Collectors.toList()));
            assertThat(body.path("error").path("message").asText()).isNotBlank();
            assertThat(body.has("result")).isFalse();
        });
    }

    /** A tool call refused for its arguments: JSON-RPC -32602, or a tool result with {@code isError} (MCP allows both). */
    static Expect refusedToolCall() {
        return named("tool call refused (-32602 or isError)", response -> {
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            if (body.has("error")) {
                assertThat(body.path("error").path("code").asInt()).isEqualTo(-32602);
            } else {
                assertThat(body.path("result").path("isError").asBoolean()).as("isError").isTrue();
            }
        });
    }

    /** One of {@code statuses}, the body empty or JSON. */
    static Expect status(Integer... statuses) {
        return named("status " + Arrays.toString(statuses), response -> {
            assertThat(response.status()).isIn((Object[]) statuses);
            if (response.bodyBytes().length > 0) {
                json(response);
            }
        });
    }

    /** Our HTML error page (browser routes), at one of {@code statuses}, with no redirect. */
    static Expect errorPage(Integer... statuses) {
        return named("error page " + Arrays.toString(statuses), response -> {
            assertThat(response.status()).isIn((Object[]) statuses);
            assertThat(response.header("Location")).isEmpty();
            assertThat(response.header("Content-Type")).get().asString().startsWith("text/html");
            assertThat(response.body()).contains("<html").doesNotContain("<form method=\"post\" action=\"http://localhost");
        });
    }

    /** On a browser route with a sound client and redirect URI: the error page, or a redirect to the client carrying {@code error}. */
    static Expect browserRefusal(String redirectUri, String error) {
        return named("error page or redirect with " + error, response -> {
            if (response.status() == 302) {
                String location = response.header("Location").orElseThrow();
                assertThat(location).startsWith(redirectUri + "?").contains("error=" + error).doesNotContain("code=");
            } else {
                errorPage(400).check(response);
            }
        });
    }

    static JsonNode json(Response response) {
        assertThat(response.header("Content-Type")).as("Content-Type").get().asString().startsWith("application/json");
        try {
            return JSON.readTree(response.bodyBytes());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** What every answer to a hostile request must satisfy, besides its row's expectation. */
    static void assertNoLeak(Response response, Set<Integer> allowedServerErrors, List<String> secrets, boolean browserRoute) {
        assertThat(response.status() < 500 || allowedServerErrors.contains(response.status()))
                .as("a 5xx for client input").isTrue();
        if (response.bodyBytes().length > 0) {
            String type = response.header("Content-Type").orElse("");
            assertThat(type.startsWith("application/json") || browserRoute && type.startsWith("text/html"))
                    .as("Content-Type of an error body: " + type).isTrue();
        }
        assertThat(INTERNALS.matcher(response.body()).find()).as("internals in the body").isFalse();
        for (String secret : secrets) {
            assertThat(response.body()).as("a secret echoed").doesNotContain(secret);
            response.headers().values().forEach(values -> assertThat(values).noneMatch(v -> v.contains(secret)));
        }
    }

    private static Expect named(String name, Expect check) {
        return new Expect() {
            @Override
            public void check(Response response) {
                check.check(response);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
