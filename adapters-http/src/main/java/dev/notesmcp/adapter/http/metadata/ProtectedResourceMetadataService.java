package dev.notesmcp.adapter.http.metadata;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.domain.token.Scope;
import io.helidon.http.Method;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) for {@code /mcp}. Served at the bare
 * well-known path, at the path-suffixed one RFC 9728 §3.1 builds from the resource URL, and,
 * when {@code PUBLIC_URL} has a path prefix, at the suffixed path including that prefix. Public and
 * identical for everyone: browsers (MCP Inspector) may read it cross-origin (see {@code CorsTable}).
 */
public final class ProtectedResourceMetadataService implements HttpService {

    static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final JsonResponses json;
    private final Metadata metadata;
    private final Set<String> paths;

    public ProtectedResourceMetadataService(HttpSettings settings, JsonResponses json) {
        this.json = json;
        this.metadata = new Metadata(
                settings.resourceUrl().toString(),
                List.of(settings.publicUrl().toString()),
                // The resource's scopes; never offline_access, which is no resource requirement (SEP-2207).
                Arrays.stream(Scope.values()).map(Scope::value).toList(),
                List.of("header"),
                "notes-mcp");
        this.paths = new LinkedHashSet<>(List.of(WELL_KNOWN, WELL_KNOWN + "/mcp",
                WELL_KNOWN + settings.pathPrefix() + "/mcp"));
    }

    @Override
    public void routing(HttpRules rules) {
        paths.forEach(path -> {
            rules.get(path, this::metadata);
            MethodNotAllowed.register(rules, path, Method.GET);
        });
    }

    /** Every path the document is served at (for the CORS table). */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    private void metadata(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        json.send(response, Status.OK_200, metadata);
    }

    /** The RFC 9728 §2 fields we publish; Jackson writes the record's component names. */
    record Metadata(String resource,
                    List<String> authorization_servers,
                    List<String> scopes_supported,
                    List<String> bearer_methods_supported,
                    String resource_name) {
    }
}
