package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.common.HttpSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Optional;

/**
 * CORS for browser-based MCP clients (MCP Inspector in direct mode) on {@code /mcp}: only origins
 * the Origin check allows get CORS headers, on every answer including the gate's 401 (so the
 * client can read {@code WWW-Authenticate}), and preflights are answered here.
 */
public final class McpCors implements Filter {

    private final HttpSettings settings;

    public McpCors(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        boolean mcp = request.path().path().equals(McpEndpoint.PATH);
        if (!mcp || origin.isEmpty() || !settings.allowsOrigin(origin.get())) {
            chain.proceed();
            return;
        }
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get())
                .header(HeaderNames.VARY, "Origin")
                .header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "WWW-Authenticate, Mcp-Session-Id");
        if (request.prologue().method() == Method.OPTIONS) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, DELETE, OPTIONS")
                    .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
                            "Authorization, Content-Type, Accept, MCP-Protocol-Version, Mcp-Session-Id, Last-Event-ID")
                    .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600")
                    .status(Status.NO_CONTENT_204)
                    .send();
            return;
        }
        chain.proceed();
    }
}
