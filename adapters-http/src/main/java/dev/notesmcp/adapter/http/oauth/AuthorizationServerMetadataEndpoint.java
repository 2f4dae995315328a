package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notesmcp.domain.oauth.ClientAssertion;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
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
 * OAuth 2.0 Authorization Server Metadata (RFC 8414) at {@code /.well-known/oauth-authorization-server}
 * and, when {@code PUBLIC_URL} has a path, also at the path-aware URL RFC 8414 §3.1 builds from the
 * issuer ({@code /.well-known/oauth-authorization-server/prefix}). Public, identical for everyone
 * and readable cross-origin (see {@code CorsTable}), since browser-based clients such as MCP Inspector
 * discover it directly.
 */
public final class AuthorizationServerMetadataEndpoint implements HttpService {

    public static final String WELL_KNOWN = "/.well-known/oauth-authorization-server";

    private final JsonResponses json;
    private final Metadata metadata;
    private final Set<String> paths;

    public AuthorizationServerMetadataEndpoint(HttpSettings settings, JsonResponses json) {
        this(settings, json, false);
    }

    /** @param jwks whether our key set is published ({@code JWT_ALGORITHM=ES256}): then {@code jwks_uri} names it */
    public AuthorizationServerMetadataEndpoint(HttpSettings settings, JsonResponses json, boolean jwks) {
        this.json = json;
        String issuer = settings.publicUrl().toString();
        // private_key_jwt is for metadata document clients only, so it is offered only with them.
        boolean documents = settings.clientIdMetadataDocuments();
        List<String> authMethods = Arrays.stream(TokenEndpointAuthMethod.values())
                .filter(method -> documents || method != TokenEndpointAuthMethod.PRIVATE_KEY_JWT)
                .map(TokenEndpointAuthMethod::value).toList();
        List<String> signingAlgorithms = documents ? ClientAssertion.SIGNING_ALGORITHMS : null;
        this.metadata = new Metadata(
                issuer,
                issuer + "/authorize",
                issuer + "/token",
                issuer + ClientRegistrationEndpoint.PATH,
                issuer + "/revoke",
                jwks ? issuer + JwksEndpoint.PATH : null,
                // offline_access too, so MCP clients that want a refresh token may ask for it (SEP-2207).
                Scopes.authorizationServerNames(),
                List.of("code"),
                List.of("authorization_code", "refresh_token"),
                List.of("S256"),
                authMethods,
                signingAlgorithms,
                authMethods,
                signingAlgorithms,
                true,
                // Claude uses CIMD only when this is true and none is among the auth methods (SEP-991).
                documents);
        this.paths = new LinkedHashSet<>(List.of(WELL_KNOWN));
        String prefix = settings.pathPrefix();
        if (!prefix.isEmpty() && !prefix.equals("/")) {
            paths.add(WELL_KNOWN + prefix);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        for (String path : paths) {
            rules.route(Method.GET, PathMatchers.exact(path), this::metadata);
            MethodNotAllowed.register(rules, path, Method.GET);
        }
    }

    /** Every path the document is served at (for the CORS table). */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    private void metadata(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        json.send(response, Status.OK_200, metadata);
    }

    /**
     * The RFC 8414 §2 fields we publish; Jackson writes the record's component names. The signing
     * algorithms are left out (null) when no method needs them: RFC 8414 §2 forbids an empty list;
     * {@code jwks_uri} too when there is no key set to publish (HS256).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Metadata(String issuer,
                    String authorization_endpoint,
                    String token_endpoint,
                    String registration_endpoint,
                    String revocation_endpoint,
                    String jwks_uri,
                    List<String> scopes_supported,
                    List<String> response_types_supported,
                    List<String> grant_types_supported,
                    List<String> code_challenge_methods_supported,
                    List<String> token_endpoint_auth_methods_supported,
                    List<String> token_endpoint_auth_signing_alg_values_supported,
                    List<String> revocation_endpoint_auth_methods_supported,
                    List<String> revocation_endpoint_auth_signing_alg_values_supported,
                    boolean authorization_response_iss_parameter_supported,
                    boolean client_id_metadata_document_supported) {
    }
}
