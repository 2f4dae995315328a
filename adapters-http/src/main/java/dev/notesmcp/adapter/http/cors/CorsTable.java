package dev.notesmcp.adapter.http.cors;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.mcp.McpEndpoint;
import dev.notesmcp.adapter.http.oauth.ClientRegistrationEndpoint;
import dev.notesmcp.adapter.http.oauth.RevocationEndpoint;
import dev.notesmcp.adapter.http.oauth.TokenEndpoint;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.cors.CorsSupport;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;

import java.util.List;
import java.util.Optional;

/**
 * The server's one CORS policy table, applied by Helidon's {@link CorsSupport} in front of the
 * endpoints (preflights are answered there). Browser-based clients such as MCP Inspector call
 * the OAuth endpoints and read the metadata directly, from any origin and without cookies;
 * {@code /mcp} answers only the origins the transport's Origin check allows, on every answer
 * including the bearer gate's 401, so the client can read {@code WWW-Authenticate}.
 */
public final class CorsTable {

    /** What browser clients send: the MCP SDKs add {@code MCP-Protocol-Version} even on discovery. */
    private static final List<String> OAUTH_HEADERS = List.of("Authorization", "Content-Type", "Accept",
            "MCP-Protocol-Version");
    /** Those of 2025-11-25 and the request metadata headers of 2026-07-28 ({@code Mcp-Method}, {@code Mcp-Name}). */
    private static final List<String> MCP_HEADERS = List.of("Authorization", "Content-Type", "Accept",
            "MCP-Protocol-Version", "Mcp-Session-Id", "Last-Event-ID", "Mcp-Method", "Mcp-Name");

    private final HttpSettings settings;
    private final CorsPolicy mcp;
    private final List<CorsPolicy> oauth;

    /** @param metadataPaths every path the two metadata documents are served at */
    public CorsTable(HttpSettings settings, List<String> metadataPaths) {
        this.settings = settings;
        this.mcp = new CorsPolicy("mcp", List.of(McpEndpoint.PATH), true,
                List.of(Method.POST, Method.GET, Method.DELETE), MCP_HEADERS,
                List.of("WWW-Authenticate", "Mcp-Session-Id"));
        this.oauth = List.of(
                new CorsPolicy("oauth", List.of(TokenEndpoint.TOKEN, RevocationEndpoint.PATH,
                        ClientRegistrationEndpoint.PATH), false, List.of(Method.POST), OAUTH_HEADERS,
                        List.of("WWW-Authenticate")),
                new CorsPolicy("metadata", metadataPaths, false, List.of(Method.GET), OAUTH_HEADERS, List.of()));
    }

    /** Puts the {@code /mcp} row's handler on its path, for its methods and their preflight; register before the endpoint. */
    public void mcpRouting(HttpRouting.Builder routing) {
        routing(routing, List.of(mcp));
    }

    /** The same for the OAuth and metadata rows; register before their endpoints. */
    public void oauthRouting(HttpRouting.Builder routing) {
        routing(routing, oauth);
    }

    private void routing(HttpRouting.Builder routing, List<CorsPolicy> rows) {
        for (CorsPolicy policy : rows) {
            Handler handler = handler(policy);
            for (String path : policy.paths()) {
                // exact: a PUBLIC_URL path prefix is a path, never a pattern
                routing.route(Method.OPTIONS, PathMatchers.exact(path), handler);
                policy.methods().forEach(method -> routing.route(method, PathMatchers.exact(path), handler));
            }
        }
    }

    private Handler handler(CorsPolicy policy) {
        CorsSupport support = policy.support();
        if (!policy.allowedOriginsOnly()) {
            return support;
        }
        return (request, response) -> {
            Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
            if (origin.isPresent() && settings.allowsOrigin(origin.get())) {
                support.handle(request, response);
            } else {
                response.next();
            }
        };
    }
}
