package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;

import java.util.List;
import java.util.Optional;

/**
 * What this server registers for a dynamic registration request (RFC 7591). It narrows where RFC
 * 7591 §2 lets a server replace requested values — unsupported grant and response types and scopes
 * it does not offer are dropped — and refuses only what is unsafe or leaves nothing usable:
 * <ul>
 *   <li>redirect URIs: one to {@value #MAX_REDIRECT_URIS}, each a valid {@link RedirectUri} allowed
 *       for the client's {@link ApplicationType}; one bad URI refuses the registration, since a
 *       client that lists {@code javascript:} is broken or hostile, and silently dropping it would
 *       hide that from its developer;</li>
 *   <li>{@code token_endpoint_auth_method}: {@code none}, {@code client_secret_basic} (the RFC 7591
 *       default when absent) or {@code client_secret_post}; another is refused, since replacing it
 *       would turn a client public or hand it a secret it does not expect. {@code private_key_jwt}
 *       is accepted from client ID metadata documents only ({@link MetadataDocumentPolicy}), where
 *       the keys live at the client's own URL;</li>
 *   <li>{@code application_type}: {@code native} or {@code web}; when absent, inferred from the
 *       redirect URIs (see {@link ApplicationType#inferredFrom}).</li>
 * </ul>
 */
public final class ClientMetadataPolicy {

    public static final int MAX_REDIRECT_URIS = 10;
    public static final String DEFAULT_CLIENT_NAME = ClientNameRule.DEFAULT_CLIENT_NAME;

    private ClientMetadataPolicy() {
    }

    public static ClientMetadataReview review(ClientMetadata requested) {
        List<RedirectUri> redirectUris;
        try {
            redirectUris = redirectUris(requested.redirectUris());
        } catch (InvalidValueException e) {
            return refused(OAuthErrorCode.INVALID_REDIRECT_URI, e.getMessage());
        }
        TokenEndpointAuthMethod authMethod;
        ApplicationType applicationType;
        Scopes scopes;
        RegistrationFlow flow;
        String name;
        try {
            authMethod = requested.tokenEndpointAuthMethod().map(TokenEndpointAuthMethod::fromValue)
                    .orElse(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
            if (authMethod == TokenEndpointAuthMethod.PRIVATE_KEY_JWT) {
                throw new InvalidValueException("token_endpoint_auth_method", "private_key_jwt is accepted only"
                        + " from a client ID metadata document (use your document's URL as client_id);"
                        + " register with none, client_secret_basic or client_secret_post");
            }
            applicationType = requested.applicationType().map(ApplicationType::fromValue)
                    .orElseGet(() -> ApplicationType.inferredFrom(redirectUris));
            scopes = RequestedScopes.narrowed(requested.scope());
            flow = RegistrationFlow.narrowed(requested.grantTypes(), requested.responseTypes());
            name = ClientNameRule.name(requested.clientName());
        } catch (InvalidValueException e) {
            return refused(OAuthErrorCode.INVALID_CLIENT_METADATA, e.getMessage());
        }
        Optional<String> typeProblem = redirectUris.stream().flatMap(uri -> applicationType.refusal(uri).stream())
                .findFirst();
        if (typeProblem.isPresent()) {
            return refused(OAuthErrorCode.INVALID_REDIRECT_URI, "redirect_uris: " + typeProblem.get());
        }
        return new ClientMetadataReview.Accepted(new ApprovedMetadata(name, redirectUris, authMethod, scopes,
                flow.grantTypes(), flow.responseTypes(), applicationType));
    }

    private static List<RedirectUri> redirectUris(List<String> requested) {
        if (requested.isEmpty()) {
            throw new InvalidValueException("redirect_uris", "at least one redirect URI is required");
        }
        List<String> distinct = requested.stream().distinct().toList();
        if (distinct.size() > MAX_REDIRECT_URIS) {
            throw new InvalidValueException("redirect_uris",
                    "at most " + MAX_REDIRECT_URIS + " redirect URIs are allowed");
        }
        return distinct.stream().map(RedirectUri::new).toList();
    }

    private static ClientMetadataReview refused(OAuthErrorCode code, String description) {
        return new ClientMetadataReview.Refused(OAuthError.of(code, description));
    }
}
