package dev.notesmcp.adapter.http.security;

import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.ScopeShortfall;
import dev.notesmcp.domain.token.Scopes;

import java.net.URI;
import java.util.List;

/**
 * The {@code WWW-Authenticate} values of the resource server (RFC 6750 §3, RFC 9728 §5.1): every
 * challenge points the client at our protected-resource metadata. A 401 also names the scopes
 * using the resource takes (MCP 2025-11-25 "Protected Resource Metadata Discovery Requirements",
 * SEP-835), so a client asks for them; {@code offline_access} is never among them (SEP-2207). The
 * 401 values are computed once: the gate sends them on every unauthenticated request.
 */
public final class BearerChallenge {

    /** RFC 6750 §3.1 error codes and the descriptions the gate sends with them. */
    static final String INVALID_TOKEN = "invalid_token";
    static final String INVALID_TOKEN_DESCRIPTION = "The access token is invalid or expired";
    static final String INVALID_REQUEST = "invalid_request";
    static final String ONE_AUTHORIZATION_HEADER = "Send exactly one Authorization header";

    private final String resourceMetadata;
    private final String missingToken;
    private final String invalidToken;

    /** @param resourceScopes the scopes using the resource takes: the tools' scopes */
    public BearerChallenge(URI resourceMetadataUrl, Scopes resourceScopes) {
        this.resourceMetadata = "resource_metadata=\"" + resourceMetadataUrl + "\"";
        String scope = resourceScopes.isEmpty() ? "" : ", scope=\"" + resourceScopes.asString() + "\"";
        this.missingToken = "Bearer " + resourceMetadata + scope;
        this.invalidToken = "Bearer error=\"" + INVALID_TOKEN + "\", error_description=\"" + INVALID_TOKEN_DESCRIPTION
                + "\", " + resourceMetadata + scope;
    }

    /** No token was sent: say where to learn how to get one, and which scopes to ask for. */
    public String missingToken() {
        return missingToken;
    }

    /** A token was sent and is not acceptable (malformed, forged, expired, revoked, not ours). */
    public String invalidToken() {
        return invalidToken;
    }

    /** The request is malformed, e.g. it carries more than one Authorization header (RFC 6750 §3.1: 400). */
    public String invalidRequest(String description) {
        return "Bearer error=\"" + INVALID_REQUEST + "\", error_description=\"" + description + "\", " + resourceMetadata;
    }

    /** The token is fine but lacks scopes the request needs: all of them at once (see {@link ScopeShortfall}). */
    public String insufficientScope(ScopeShortfall shortfall) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + shortfall.toRequest().asString() + "\", "
                + "error_description=\"" + description(shortfall.missing()) + "\", " + resourceMetadata;
    }

    private static String description(Scopes missing) {
        List<String> names = missing.values().stream().map(Scope::value).toList();
        return names.size() == 1 ? "This request needs the " + names.getFirst() + " scope"
                : "This request needs the " + String.join(" and ", names) + " scopes";
    }
}
