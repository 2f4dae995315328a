package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.modern.ModernDispatcher;
import dev.notesmcp.adapter.http.mcp.modern.ModernOutcome;
import dev.notesmcp.adapter.http.mcp.modern.ModernProtocol;
import dev.notesmcp.adapter.http.mcp.modern.SupportedVersions;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.List;
import java.util.Optional;

/**
 * Which path serves a POST, decided per request (MCP 2026-07-28 basic/versioning, "dual-era server"):
 * a 2026-07-28 request ({@link ModernProtocol#isModern}) goes to {@link ModernDispatcher}, everything
 * else to the SDK-backed handlers exactly as before. A version header this server does not serve is
 * refused first, on either path, with the 2026-07-28 {@code UnsupportedProtocolVersionError}.
 */
final class ProtocolRouter {

    private final SingleMessageHandler single;
    private final BatchHandler batch;
    private final ModernDispatcher modern;
    private final SupportedVersions versions;

    ProtocolRouter(SingleMessageHandler single, BatchHandler batch, ModernDispatcher modern, SupportedVersions versions) {
        this.single = single;
        this.batch = batch;
        this.modern = modern;
        this.versions = versions;
    }

    McpReply route(JsonRpcBody body, Headers headers, Optional<String> versionHeader, AccessTokenClaims caller) {
        return switch (body) {
            case JsonRpcBody.Unreadable unreadable -> McpReply.json(Status.BAD_REQUEST_400, unreadable.toResponse());
            case JsonRpcBody.Batch(var messages) -> batch(messages, versionHeader, caller);
            case JsonRpcBody.Single(IncomingMessage message) -> single(message, headers, versionHeader, caller);
        };
    }

    private McpReply single(IncomingMessage message, Headers headers, Optional<String> versionHeader,
                            AccessTokenClaims caller) {
        return switch (message) {
            case IncomingMessage.Request(var request) -> refused(versionHeader, request.id())
                    .orElseGet(() -> ModernProtocol.isModern(request.params(), versionHeader)
                            ? reply(modern.answer(request, headers, versionHeader, caller))
                            : single.handle(message, caller));
            case IncomingMessage.Notification(var notification) -> refused(versionHeader, null)
                    .orElseGet(() -> ModernProtocol.isModern(notification.params(), versionHeader)
                            // 2026-07-28 defines no client notification over HTTP; accepting one is harmless.
                            ? McpReply.accepted()
                            : single.handle(message, caller));
            case IncomingMessage.ClientResponse ignored -> isModernHeader(versionHeader)
                    ? McpReply.error(Status.BAD_REQUEST_400, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                            "A 2026-07-28 client sends no JSON-RPC responses (Streamable HTTP, Sending Messages)")
                    : single.handle(message, caller);
            case IncomingMessage.Invalid invalid -> single.handle(invalid, caller);
        };
    }

    private McpReply batch(List<IncomingMessage> messages, Optional<String> versionHeader, AccessTokenClaims caller) {
        Optional<McpReply> refusal = refused(versionHeader, null);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean modernInside = messages.stream().anyMatch(m -> m instanceof IncomingMessage.Request(var request)
                && ModernProtocol.isModern(request.params(), versionHeader));
        if (modernInside) {
            return McpReply.error(Status.BAD_REQUEST_400, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "A 2026-07-28 request travels alone, one per POST, never in a batch");
        }
        return batch.handle(messages, versionHeader.orElse(McpTransportChecks.VERSION_WITHOUT_HEADER), caller);
    }

    private Optional<McpReply> refused(Optional<String> versionHeader, Object id) {
        return versions.refusal(versionHeader, id).map(error -> McpReply.json(Status.BAD_REQUEST_400, error));
    }

    private static McpReply reply(ModernOutcome outcome) {
        return switch (outcome) {
            case ModernOutcome.Answer(Status status, Object body) -> McpReply.json(status, body);
            case ModernOutcome.MissingScope(var shortfall, Object id) -> SingleMessageHandler.missingScope(shortfall, id);
            case ModernOutcome.Accepted() -> McpReply.accepted();
        };
    }

    private static boolean isModernHeader(Optional<String> versionHeader) {
        return versionHeader.filter(ModernProtocol.VERSION::equals).isPresent();
    }
}
