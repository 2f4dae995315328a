package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.OAuthError;

import java.util.Objects;

/** What {@link ClientMetadataPolicy} made of a registration request. */
public sealed interface ClientMetadataReview {

    /** Registrable, as narrowed: what the server registers and returns (RFC 7591 §3.2.1). */
    record Accepted(ApprovedMetadata metadata) implements ClientMetadataReview {
        public Accepted {
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /** Nothing usable: {@code invalid_redirect_uri} or {@code invalid_client_metadata} (RFC 7591 §3.2.2). */
    record Refused(OAuthError error) implements ClientMetadataReview {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }
}
