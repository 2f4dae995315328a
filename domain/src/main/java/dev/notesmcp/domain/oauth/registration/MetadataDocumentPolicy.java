package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientKeys;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a fetched client metadata document describes a client this server accepts
 * (draft-ietf-oauth-client-id-metadata-document §4, MCP 2025-11-25 SEP-991):
 * <ul>
 *   <li>its {@code client_id} equals the URL it was fetched from, character for character — else
 *       anyone could serve a copy of another client's document;</li>
 *   <li>{@code token_endpoint_auth_method} is {@code none} (the default here) or
 *       {@code private_key_jwt} with exactly one of {@code jwks} and {@code jwks_uri} (RFC 7591 §2);
 *       shared secrets cannot exist without registration (the draft forbids {@code client_secret_*});</li>
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
        Optional<ClientKeys> keys;
        if (method.equals(TokenEndpointAuthMethod.PRIVATE_KEY_JWT.value())) {
            Optional<String> problem = keyProblem(document);
            if (problem.isPresent()) {
                return refused(problem.get());
            }
            keys = Optional.of(keys(document));
        } else if (method.equals(TokenEndpointAuthMethod.NONE.value())) {
            keys = Optional.empty();
        } else {
            return refused("token_endpoint_auth_method must be none or private_key_jwt for a client metadata"
                    + " document (a shared secret needs registration)");
        }
        // Reviewed as a public registration: only the redirect URIs, grants, scopes and name matter there.
        ClientMetadata asPublic = new ClientMetadata(metadata.redirectUris(), Optional.of(TokenEndpointAuthMethod.NONE.value()),
                metadata.grantTypes(), metadata.responseTypes(), metadata.clientName(), metadata.scope(),
                metadata.applicationType());
        TokenEndpointAuthMethod authMethod = TokenEndpointAuthMethod.fromValue(method);
        return switch (ClientMetadataPolicy.review(asPublic)) {
            case ClientMetadataReview.Refused refused -> new Review.Refused(refused.error());
            case ClientMetadataReview.Accepted accepted -> {
                ApprovedMetadata approved = accepted.metadata();
                yield new Review.Accepted(new RegisteredClient(new ClientId(url.toString()), approved.clientName(),
                        approved.redirectUris(), authMethod, Optional.empty(), approved.scopes(),
                        fetchedAt, approved.refreshTokens(), approved.applicationType()), keys);
            }
        };
    }

    private static Optional<String> keyProblem(ClientMetadataDocument document) {
        if (document.jwks().isPresent() == document.jwksUri().isPresent()) {
            return Optional.of("a private_key_jwt client must give exactly one of jwks and jwks_uri");
        }
        if (document.jwksUri().isPresent() && document.jwksUri().flatMap(MetadataDocumentUrl::parse).isEmpty()) {
            return Optional.of("jwks_uri must be an https URL with a host and a path, no user info or fragment");
        }
        return Optional.empty();
    }

    private static ClientKeys keys(ClientMetadataDocument document) {
        return document.jwks().<ClientKeys>map(ClientKeys.Inline::new)
                .orElseGet(() -> new ClientKeys.Published(MetadataDocumentUrl.parse(document.jwksUri().orElseThrow())
                        .orElseThrow()));
    }

    private static Review refused(String description) {
        return new Review.Refused(OAuthError.of(OAuthErrorCode.INVALID_CLIENT_METADATA, description));
    }

    /** A client described by its document (never stored), or why the document is refused. */
    public sealed interface Review {
        /** {@code keys} are present exactly when the client uses {@code private_key_jwt}. */
        record Accepted(RegisteredClient client, Optional<ClientKeys> keys) implements Review {
            public Accepted {
                Objects.requireNonNull(client, "client");
                Objects.requireNonNull(keys, "keys");
            }
        }

        record Refused(OAuthError error) implements Review {
        }
    }
}
