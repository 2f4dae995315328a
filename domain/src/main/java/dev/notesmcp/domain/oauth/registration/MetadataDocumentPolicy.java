package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a fetched client metadata document describes a client this server accepts
 * (draft-ietf-oauth-client-id-metadata-document §4, MCP 2025-11-25 SEP-991):
 * <ul>
 *   <li>its {@code client_id} equals the URL it was fetched from, character for character — else
 *       anyone could serve a copy of another client's document;</li>
 *   <li>{@code token_endpoint_auth_method} is {@code none}, the default here; shared secrets
 *       cannot exist without registration (the draft forbids {@code client_secret_*}), and
 *       {@code private_key_jwt} is not supported yet;</li>
 *   <li>everything else as a dynamic registration ({@link ClientMetadataPolicy}): redirect URIs
 *       valid and at most {@value ClientMetadataPolicy#MAX_REDIRECT_URIS}, grant types and scopes
 *       narrowed, the name checked.</li>
 * </ul>
 */
public final class MetadataDocumentPolicy {

    private MetadataDocumentPolicy() {
    }

    public static Review review(MetadataDocumentUrl url, ClientMetadataDocument document, Instant fetchedAt) {
        if (!document.clientId().map(url.toString()::equals).orElse(false)) {
            return refused("the document's client_id must equal its URL " + url + " exactly");
        }
        ClientMetadata metadata = document.metadata();
        String method = metadata.tokenEndpointAuthMethod().orElse(TokenEndpointAuthMethod.NONE.value());
        if (method.equals("private_key_jwt")) {
            return refused("token_endpoint_auth_method private_key_jwt is not supported by this server yet;"
                    + " use none (a public client with PKCE)");
        }
        if (!method.equals(TokenEndpointAuthMethod.NONE.value())) {
            return refused("token_endpoint_auth_method must be none for a client metadata document"
                    + " (a shared secret needs registration)");
        }
        ClientMetadata asPublic = new ClientMetadata(metadata.redirectUris(), Optional.of(method),
                metadata.grantTypes(), metadata.responseTypes(), metadata.clientName(), metadata.scope(),
                metadata.applicationType());
        return switch (ClientMetadataPolicy.review(asPublic)) {
            case ClientMetadataReview.Refused refused -> new Review.Refused(refused.error());
            case ClientMetadataReview.Accepted accepted -> {
                ApprovedMetadata approved = accepted.metadata();
                yield new Review.Accepted(new RegisteredClient(new ClientId(url.toString()), approved.clientName(),
                        approved.redirectUris(), TokenEndpointAuthMethod.NONE, Optional.empty(), approved.scopes(),
                        fetchedAt, approved.refreshTokens(), approved.applicationType()));
            }
        };
    }

    private static Review refused(String description) {
        return new Review.Refused(OAuthError.of(OAuthErrorCode.INVALID_CLIENT_METADATA, description));
    }

    /** A client described by its document (never stored), or why the document is refused. */
    public sealed interface Review {
        record Accepted(RegisteredClient client) implements Review {
        }

        record Refused(OAuthError error) implements Review {
        }
    }
}
