package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.registration.ClientMetadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code POST /register}: a client registers itself without pre-configured credentials (RFC 7591). */
public interface RegisterClientUseCase {

    Result register(Command command);

    /** The client metadata (RFC 7591 §2) as the client sent it, not yet reviewed (the domain's {@link ClientMetadata}). */
    record Command(ClientMetadata metadata) {
        public Command {
            Objects.requireNonNull(metadata, "metadata");
        }

        public Command(List<String> redirectUris, Optional<String> tokenEndpointAuthMethod,
                       Optional<List<String>> grantTypes, Optional<List<String>> responseTypes,
                       Optional<String> clientName, Optional<String> scope, Optional<String> applicationType) {
            this(new ClientMetadata(redirectUris, tokenEndpointAuthMethod, grantTypes, responseTypes, clientName, scope,
                    applicationType));
        }

        /** A request that names no {@code application_type}. */
        public Command(List<String> redirectUris, Optional<String> tokenEndpointAuthMethod,
                       Optional<List<String>> grantTypes, Optional<List<String>> responseTypes,
                       Optional<String> clientName, Optional<String> scope) {
            this(redirectUris, tokenEndpointAuthMethod, grantTypes, responseTypes, clientName, scope, Optional.empty());
        }
    }

    sealed interface Result {
    }

    /**
     * The client is registered. {@code clientSecret} is present exactly for a confidential client and
     * is never available again; only its hash is stored. The grant and response types are the
     * registered ones (defaults applied, duplicates and unsupported values dropped), for the client
     * information response.
     */
    record Registered(RegisteredClient client, Optional<String> clientSecret, List<String> grantTypes,
                      List<String> responseTypes) implements Result {
        public Registered {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(clientSecret, "clientSecret");
            grantTypes = List.copyOf(grantTypes);
            responseTypes = List.copyOf(responseTypes);
        }

        @Override
        public String toString() {
            return "Registered[client=" + client.id() + ", clientSecret=" + (clientSecret.isPresent() ? "***" : "none")
                    + ", grantTypes=" + grantTypes + ", responseTypes=" + responseTypes + "]";
        }
    }

    /** The metadata is refused: {@code invalid_redirect_uri} or {@code invalid_client_metadata} (RFC 7591 §3.2.2). */
    record Refused(OAuthError error) implements Result {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }
}
