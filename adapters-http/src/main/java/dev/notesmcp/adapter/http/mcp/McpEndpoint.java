package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.adapter.http.common.RequestBodies;
import dev.notesmcp.adapter.http.mcp.modern.ModernDispatcher;
import dev.notesmcp.adapter.http.mcp.modern.SupportedVersions;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.ToolAnswerBytes;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.util.Optional;

/**
 * {@code POST /mcp}: MCP Streamable HTTP in its stateless form, answered with plain JSON. The
 * {@link BearerGate} has authenticated the caller before this handler runs; here the
 * transport checks run, the body is read strictly, and each message goes to the MCP SDK (2025-03-26,
 * 2025-06-18, 2025-11-25) or to our 2026-07-28 dispatch ({@code mcp.modern}), as {@link ProtocolRouter}
 * decides per request.
 */
public final class McpEndpoint implements HttpService {

    public static final String PATH = "/mcp";

    private static final String INSTRUCTIONS =
            "Personal notes of the signed-in user: create, list, read, update, delete and search.";

    private final JsonResponses responses;
    private final BearerChallenge challenge;
    private final McpTransportChecks checks;
    private final JsonRpcReader reader = new JsonRpcReader();
    private final ProtocolRouter router;
    private final McpStatelessSyncServer server;

    public McpEndpoint(HttpSettings settings, NoteToolCatalog tools, McpJsonMapper json, String serverVersion) {
        this.responses = new JsonResponses(json);
        this.challenge = new BearerChallenge(settings.resourceMetadataUrl(), tools.scopes());
        this.checks = new McpTransportChecks(settings);
        StatelessTransport transport = new StatelessTransport();
        McpSchema.Implementation serverInfo = new McpSchema.Implementation("notes-mcp", serverVersion);
        McpSchema.ServerCapabilities capabilities = McpSchema.ServerCapabilities.builder().tools(false).build();
        this.server = McpServer.sync(transport)
                .serverInfo(serverInfo)
                .instructions(INSTRUCTIONS)
                .capabilities(capabilities)
                .jsonMapper(json)
                // Our handlers never block on anything but the note store; running them on the
                // request's own virtual thread saves a hop to Reactor's bounded-elastic pool.
                .immediateExecution(true)
                // The tools check their own arguments (types, names, the domain's limits) with messages
                // written for the model; the SDK's per-call JSON Schema validation cost a fifth of the hot path.
                .validateToolInputs(false)
                .tools(tools.specifications(json))
                .build();
        McpDispatcher dispatcher = new McpDispatcher(transport, new DirectToolCalls(tools, json));
        ToolScopeCheck scopes = new ToolScopeCheck(tools);
        SupportedVersions versions = new SupportedVersions(StatelessTransport.PROTOCOL_VERSIONS);
        this.router = new ProtocolRouter(new SingleMessageHandler(scopes, dispatcher),
                new BatchHandler(scopes, dispatcher),
                new ModernDispatcher(new SharedTools(dispatcher, scopes), versions, serverInfo, capabilities, INSTRUCTIONS), versions);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::handle);
        // Stateless server: no SSE stream to open (GET), no session to end (DELETE), nothing else.
        MethodNotAllowed.register(rules, PATH, Method.POST);
    }

    /** Stops the SDK server; safe to call more than once. */
    public void close() {
        server.close();
    }

    private void handle(ServerRequest request, ServerResponse response) {
        send(response, reply(request));
    }

    private McpReply reply(ServerRequest request) {
        return switch (checks.check(request.headers())) {
            case McpTransportChecks.Outcome.Refused refused ->
                    McpReply.error(refused.status(), null, McpSchema.ErrorCodes.INVALID_REQUEST, refused.message());
            case McpTransportChecks.Outcome.Passed passed -> {
                AccessTokenClaims caller = BearerGate.caller(request);
                // Read as bytes: Helidon's String conversion would replace invalid UTF-8 instead of refusing it.
                byte[] body = RequestBodies.bytes(request);
                yield router.route(reader.read(body), request.headers(), passed.versionHeader(), caller);
            }
        };
    }

    private void send(ServerResponse response, McpReply reply) {
        reply.insufficientScope().ifPresent(shortfall ->
                response.header(HeaderNames.WWW_AUTHENTICATE, challenge.insufficientScope(shortfall)));
        reply.body().ifPresentOrElse(body -> send(response, reply.status(), body),
                () -> response.status(reply.status()).send());
    }

    /** A tool's structured result goes out as {@link ToolAnswerBytes} writes it; every other answer through Jackson. */
    private void send(ServerResponse response, Status status, Object body) {
        Optional<byte[]> toolAnswer = body instanceof JSONRPCResponse answer ? ToolAnswerBytes.of(answer) : Optional.empty();
        if (toolAnswer.isPresent()) {
            responses.send(response, status, toolAnswer.get());
        } else {
            responses.send(response, status, body);
        }
    }
}
