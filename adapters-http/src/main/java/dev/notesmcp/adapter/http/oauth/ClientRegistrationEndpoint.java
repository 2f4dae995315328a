package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Command;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Refused;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Registered;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dynamic client registration (RFC 7591) at {@code POST /register}: the JSON client metadata in,
 * 201 with the client information (§3.2.1) or 400 with an RFC 7591 §3.2.2 error out. Open to any
 * origin, since browser-based clients such as MCP Inspector register directly. Metadata we do not
 * use (logo_uri, contacts, …) is ignored, as RFC 7591 §2 asks.
 */
public final class ClientRegistrationEndpoint implements HttpService {

    public static final String PATH = "/register";
    /** Real registrations are a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RegisterClientUseCase registerClient;
    private final JsonResponses json;
    private final OAuthErrorResponses errors;

    public ClientRegistrationEndpoint(RegisterClientUseCase registerClient, JsonResponses json) {
        this.registerClient = registerClient;
        this.json = json;
        this.errors = new OAuthErrorResponses(json);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::register)
                .options(PATH, ClientRegistrationEndpoint::preflight);
    }

    private void register(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        Command command;
        try {
            command = command(read(request));
        } catch (MalformedRegistration e) {
            errors.send(response, e.error);
            return;
        }
        switch (registerClient.register(command)) {
            case Refused(OAuthError error) -> errors.send(response, error);
            case Registered registered -> {
                response.header(HeaderNames.CACHE_CONTROL, "no-store");
                response.header(HeaderNames.PRAGMA, "no-cache");
                json.send(response, Status.CREATED_201, ClientInformation.fromDomain(registered));
            }
        }
    }

    private static JsonNode read(ServerRequest request) throws MalformedRegistration {
        if (request.headers().contentType().filter(type -> !type.test(MediaTypes.APPLICATION_JSON)).isPresent()) {
            throw malformedRequest("send the client metadata as application/json");
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.content().inputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw malformedRequest("the request body could not be read");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw malformedRequest("the body must be a JSON object of client metadata");
            }
            return node;
        } catch (IOException e) {
            throw malformedRequest("the body is not valid JSON");
        }
    }

    /** The fields RFC 7591 §2 defines that we act on; JSON {@code null} counts as absent. */
    private static Command command(JsonNode body) throws MalformedRegistration {
        return new Command(
                strings(body, "redirect_uris").orElse(List.of()),
                string(body, "token_endpoint_auth_method"),
                strings(body, "grant_types"),
                strings(body, "response_types"),
                string(body, "client_name"),
                string(body, "scope"));
    }

    private static Optional<String> string(JsonNode body, String field) throws MalformedRegistration {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return Optional.of(value.textValue());
    }

    private static Optional<List<String>> strings(JsonNode body, String field) throws MalformedRegistration {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings");
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(field, "an array of strings");
            }
            result.add(element.textValue());
        }
        return Optional.of(result);
    }

    private static void preflight(ServerRequest request, ServerResponse response) {
        response.status(Status.NO_CONTENT_204)
                .header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST")
                .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, MCP-Protocol-Version")
                .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600")
                .send();
    }

    private static MalformedRegistration malformedRequest(String description) {
        return new MalformedRegistration(OAuthError.invalidRequest(description));
    }

    private static MalformedRegistration tooLarge() {
        return malformedRequest("the client metadata must not exceed " + MAX_BODY_BYTES + " bytes");
    }

    private static MalformedRegistration wrongType(String field, String expected) {
        return new MalformedRegistration(OAuthError.of(OAuthErrorCode.INVALID_CLIENT_METADATA,
                field + ": must be " + expected));
    }

    /** A body that is not client metadata at all; carries the error to answer with. */
    private static final class MalformedRegistration extends Exception {
        private final transient OAuthError error;

        MalformedRegistration(OAuthError error) {
            super(error.description(), null, false, false);
            this.error = error;
        }
    }

    /** The client information response (RFC 7591 §3.2.1); the secret appears only in this one response. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClientInformation(String client_id,
                             long client_id_issued_at,
                             String client_secret,
                             Long client_secret_expires_at,
                             List<String> redirect_uris,
                             String token_endpoint_auth_method,
                             List<String> grant_types,
                             List<String> response_types,
                             String client_name,
                             String scope) {

        static ClientInformation fromDomain(Registered registered) {
            RegisteredClient client = registered.client();
            return new ClientInformation(
                    client.id().value(),
                    client.issuedAt().getEpochSecond(),
                    registered.clientSecret().orElse(null),
                    registered.clientSecret().isPresent() ? 0L : null, // 0: the secret does not expire
                    client.redirectUris().stream().map(RedirectUri::value).toList(),
                    client.authMethod().value(),
                    registered.grantTypes(),
                    registered.responseTypes(),
                    client.name(),
                    client.scopes().asString());
        }

        @Override
        public String toString() {
            return "ClientInformation[client_id=" + client_id + ", client_secret=***]";
        }
    }
}
