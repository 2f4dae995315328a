package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;

import java.util.List;
import java.util.Objects;

/**
 * The metadata a client is registered with: defaults applied, duplicates and unsupported values
 * dropped. Grant and response types are kept as wire names for the client information response.
 */
public record ApprovedMetadata(String clientName,
                               List<RedirectUri> redirectUris,
                               TokenEndpointAuthMethod authMethod,
                               Scopes scopes,
                               List<String> grantTypes,
                               List<String> responseTypes,
                               ApplicationType applicationType) {

    public ApprovedMetadata {
        Objects.requireNonNull(clientName, "clientName");
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(scopes, "scopes");
        grantTypes = List.copyOf(grantTypes);
        responseTypes = List.copyOf(responseTypes);
        Objects.requireNonNull(applicationType, "applicationType");
    }

    /** Only a client that registered the {@code refresh_token} grant gets refresh tokens. */
    public boolean refreshTokens() {
        return grantTypes.contains(RegistrationFlow.REFRESH_TOKEN);
    }
}
