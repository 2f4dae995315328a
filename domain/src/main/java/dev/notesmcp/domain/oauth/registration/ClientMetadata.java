package dev.notesmcp.domain.oauth.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Client metadata as a client sent it in a registration request (RFC 7591 §2), not yet reviewed:
 * an absent field is empty, a missing {@code redirect_uris} an empty list.
 */
public record ClientMetadata(List<String> redirectUris,
                             Optional<String> tokenEndpointAuthMethod,
                             Optional<List<String>> grantTypes,
                             Optional<List<String>> responseTypes,
                             Optional<String> clientName,
                             Optional<String> scope,
                             Optional<String> applicationType) {

    public ClientMetadata {
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        grantTypes = grantTypes.map(List::copyOf);
        responseTypes = responseTypes.map(List::copyOf);
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(applicationType, "applicationType");
    }
}
