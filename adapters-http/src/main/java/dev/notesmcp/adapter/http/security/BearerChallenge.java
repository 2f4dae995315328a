package dev.notesmcp.adapter.http.security;

import dev.notesmcp.domain.token.Scope;

import java.net.URI;

/**
 * The {@code WWW-Authenticate} values of the resource server (RFC 6750 §3, RFC 9728 §5.1): every
 * challenge points the client at our protected-resource metadata.
 */
public final class BearerChallenge {

    private final String resourceMetadata;

    public BearerChallenge(URI resourceMetadataUrl) {
        this.resourceMetadata = "resource_metadata=\"" + resourceMetadataUrl + "\"";
    }

    /** No token was sent: just say where to learn how to get one. */
    public String missingToken() {
        return "Bearer " + resourceMetadata;
    }

    /** A token was sent and is not acceptable (malformed, forged, expired, revoked, not ours). */
    public String invalidToken() {
        return "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\", "
                + resourceMetadata;
    }

    /** The request is malformed, e.g. it carries more than one Authorization header (RFC 6750 §3.1: 400). */
    public String invalidRequest(String description) {
        return "Bearer error=\"invalid_request\", error_description=\"" + description + "\", " + resourceMetadata;
    }

    /** The token is fine but lacks the scope the request needs. */
    public String insufficientScope(Scope needed) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + needed.value() + "\", "
                + "error_description=\"This request needs the " + needed.value() + " scope\", " + resourceMetadata;
    }
}
