package dev.notesmcp.adapter.http.mcp;

import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The seam between Helidon and the MCP SDK: the SDK hands us its handler here, and
 * {@link McpEndpoint} feeds it each POSTed message. No sessions, no streams: every request
 * stands alone (MCP Streamable HTTP, stateless).
 */
final class StatelessTransport implements McpStatelessServerTransport {

    static final List<String> PROTOCOL_VERSIONS = List.of(
            ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);

    private volatile McpStatelessServerHandler handler;

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    McpStatelessServerHandler handler() {
        McpStatelessServerHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("the MCP server has not been built on this transport");
        }
        return current;
    }

    @Override
    public List<String> protocolVersions() {
        return PROTOCOL_VERSIONS;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }
}
