package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Command;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Refused;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Registered;
import dev.notesmcp.domain.oauth.OAuthError;
import io.helidon.http.Method;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Dynamic client registration (RFC 7591) at {@code POST /register}: the JSON client metadata in,
 * 201 with the client information (§3.2.1) or 400 with an RFC 7591 §3.2.2 error out. Open to any
 * origin ({@code CorsTable}), since browser-based clients such as MCP Inspector register directly.
 * The body is read by {@link ClientMetadataReader}.
 */
public final class ClientRegistrationEndpoint implements HttpService {

    public static final String PATH = "/register";
    /** Real registrations are a few hundred bytes. */
    public static final int MAX_BODY_BYTES = ClientMetadataReader.MAX_BODY_BYTES;

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
        rules.post(PATH, this::register);
        MethodNotAllowed.register(rules, PATH, Method.POST);
    }

    private void register(ServerRequest request, ServerResponse response) {
        Command command;
        switch (ClientMetadataReader.read(request)) {
            case ClientMetadataReader.Read read -> command = read.command();
            case ClientMetadataReader.Malformed malformed -> {
                errors.send(response, malformed.error());
                return;
            }
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
}
