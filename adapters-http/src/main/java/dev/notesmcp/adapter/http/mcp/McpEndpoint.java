package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.security.SecurityContext;
import io.helidon.security.Subject;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /mcp}: MCP Streamable HTTP in its stateless form, answered with plain JSON. The
 * bearer gate (helidon-security) has authenticated the caller before this handler runs; here we
 * check what the transport spec asks of a server (Origin, MCP-Protocol-Version, content type),
 * enforce each tool's scope, and hand the message to the MCP SDK.
 */
public final class McpEndpoint implements HttpService {

    public static final String PATH = "/mcp";
    private static final System.Logger LOG = System.getLogger(McpEndpoint.class.getName());
    static final HeaderName PROTOCOL_VERSION = HeaderNames.create("MCP-Protocol-Version");

    private final McpJsonMapper json;
    private final JsonResponses responses;
    private final HttpSettings settings;
    private final BearerChallenge challenge;
    private final NoteToolCatalog tools;
    private final StatelessTransport transport = new StatelessTransport();
    private final McpStatelessSyncServer server;

    public McpEndpoint(HttpSettings settings, NoteToolCatalog tools, McpJsonMapper json, String serverVersion) {
        this.json = json;
        this.responses = new JsonResponses(json);
        this.settings = settings;
        this.challenge = new BearerChallenge(settings.resourceMetadataUrl());
        this.tools = tools;
        this.server = McpServer.sync(transport)
                .serverInfo("notes-mcp", serverVersion)
                .instructions("Personal notes of the signed-in user: create, list, read, update, delete and search.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(json)
                // Our handlers never block on anything but the note store; running them on the
                // request's own virtual thread saves a hop to Reactor's bounded-elastic pool.
                .immediateExecution(true)
                // The tools check their own arguments (types, names, the domain's limits) with messages
                // written for the model; the SDK's per-call JSON Schema validation cost a fifth of the hot path.
                .validateToolInputs(false)
                .tools(tools.specifications(json))
                .build();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::handle)
                .route(Method.GET, PATH, McpEndpoint::methodNotAllowed)
                .route(Method.DELETE, PATH, McpEndpoint::methodNotAllowed);
    }

    /** Stops the SDK server; safe to call more than once. */
    public void close() {
        server.close();
    }

    private void handle(ServerRequest request, ServerResponse response) {
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        if (origin.isPresent() && !settings.allowsOrigin(origin.get())) {
            sendError(response, Status.FORBIDDEN_403, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Origin " + origin.get() + " is not allowed to call this server");
            return;
        }
        Optional<String> version = request.headers().first(PROTOCOL_VERSION);
        if (version.isPresent() && !StatelessTransport.PROTOCOL_VERSIONS.contains(version.get())) {
            sendError(response, Status.BAD_REQUEST_400, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Unsupported MCP-Protocol-Version " + version.get() + "; this server speaks "
                            + String.join(", ", StatelessTransport.PROTOCOL_VERSIONS));
            return;
        }
        if (!isJson(request)) {
            sendError(response, Status.UNSUPPORTED_MEDIA_TYPE_415, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Send the JSON-RPC message with Content-Type: application/json");
            return;
        }
        AccessTokenClaims caller = caller(request);
        String body = request.content().as(String.class);
        JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, body);
        } catch (IOException | IllegalArgumentException e) {
            boolean wellFormed = isWellFormedJson(body);
            sendError(response, Status.BAD_REQUEST_400, null,
                    wellFormed ? McpSchema.ErrorCodes.INVALID_REQUEST : McpSchema.ErrorCodes.PARSE_ERROR,
                    wellFormed ? "Not a JSON-RPC 2.0 request or notification (batches are not supported)"
                            : "Parse error: the body is not valid JSON");
            return;
        }
        AtomicReference<StoreUnavailableException> unavailable = new AtomicReference<>();
        McpTransportContext context = McpTransportContext.create(Map.of(NoteToolCatalog.CALLER, caller,
                NoteToolCatalog.UNAVAILABLE, unavailable));
        switch (message) {
            case JSONRPCRequest rpcRequest -> handleRequest(rpcRequest, caller, context, unavailable, response);
            case McpSchema.JSONRPCNotification notification -> {
                transport.handler().handleNotification(context, notification).block();
                response.status(Status.ACCEPTED_202).send();
            }
            // A client's answer to a server request; a stateless server never asks, so just accept it.
            default -> response.status(Status.ACCEPTED_202).send();
        }
    }

    private void handleRequest(JSONRPCRequest request, AccessTokenClaims caller, McpTransportContext context,
                               AtomicReference<StoreUnavailableException> unavailable, ServerResponse response) {
        Optional<Scope> missingScope = missingScope(request, caller);
        if (missingScope.isPresent()) {
            response.header(HeaderNames.WWW_AUTHENTICATE, challenge.insufficientScope(missingScope.get()));
            sendError(response, Status.FORBIDDEN_403, request.id(), McpSchema.ErrorCodes.INVALID_REQUEST,
                    "This tool needs the " + missingScope.get().value() + " scope");
            return;
        }
        JSONRPCResponse result;
        try {
            result = transport.handler().handleRequest(context, request).block();
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // Params the SDK cannot read (e.g. wrong types): an invalid request, never a 500 with internals.
            LOG.log(System.Logger.Level.DEBUG, "request " + request.method() + " could not be handled", e);
            sendError(response, Status.OK_200, request.id(), McpSchema.ErrorCodes.INVALID_PARAMS,
                    "The parameters of " + request.method() + " could not be read");
            return;
        }
        if (unavailable.get() != null) {
            throw unavailable.get();
        }
        send(response, Status.OK_200, result);
    }

    /** The scope a {@code tools/call} needs and the token lacks; other methods need only a valid token. */
    private Optional<Scope> missingScope(JSONRPCRequest request, AccessTokenClaims caller) {
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method()) || !(request.params() instanceof Map<?, ?> params)
                || !(params.get("name") instanceof String toolName)) {
            return Optional.empty();
        }
        return tools.requiredScope(toolName).filter(scope -> !caller.grants(scope));
    }

    private static AccessTokenClaims caller(ServerRequest request) {
        return request.context().get(SecurityContext.class)
                .flatMap(SecurityContext::user)
                .flatMap((Subject subject) -> subject.privateCredential(AccessTokenClaims.class))
                .orElseThrow(() -> new IllegalStateException("/mcp reached without an authenticated caller;"
                        + " is the bearer gate registered for this route?"));
    }

    private static boolean isJson(ServerRequest request) {
        return request.headers().contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_JSON))
                .orElse(false);
    }

    private boolean isWellFormedJson(String body) {
        try {
            json.readValue(body, Object.class);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void sendError(ServerResponse response, Status status, Object id, int code, String message) {
        send(response, status, new JsonRpcErrorResponse(id, code, message));
    }

    private void send(ServerResponse response, Status status, Object message) {
        responses.send(response, status, message);
    }

    private static void methodNotAllowed(ServerRequest request, ServerResponse response) {
        // Stateless server: no SSE stream to open (GET) and no session to end (DELETE).
        response.status(Status.METHOD_NOT_ALLOWED_405)
                .header(HeaderNames.ALLOW, "POST")
                .send();
    }
}
