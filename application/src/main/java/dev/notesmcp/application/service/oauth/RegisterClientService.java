package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Dynamic client registration (RFC 7591). Defaults follow RFC 7591 §2: a client that names no
 * {@code token_endpoint_auth_method} is confidential ({@code client_secret_basic}) and gets a
 * secret; MCP clients that want to be public send {@code "none"}, as MCP Inspector and the SDKs do.
 * The only flow is the authorization code one, optionally with refresh tokens.
 */
public final class RegisterClientService implements RegisterClientUseCase {

    public static final int MAX_REDIRECT_URIS = 10;
    public static final String DEFAULT_CLIENT_NAME = "Unnamed client";

    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String CODE = "code";

    private static final List<String> SUPPORTED_GRANT_TYPES = List.of(AUTHORIZATION_CODE, REFRESH_TOKEN);

    private final ClientRepository clients;
    private final Clock clock;

    public RegisterClientService(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Result register(Command command) {
        List<RedirectUri> redirectUris;
        try {
            redirectUris = redirectUris(command.redirectUris());
        } catch (InvalidValueException e) {
            return refused(OAuthErrorCode.INVALID_REDIRECT_URI, e.getMessage());
        }
        TokenEndpointAuthMethod authMethod;
        Scopes scopes;
        try {
            authMethod = command.tokenEndpointAuthMethod()
                    .map(TokenEndpointAuthMethod::fromValue)
                    .orElse(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
            scopes = command.scope().filter(scope -> !scope.isBlank()).map(Scopes::parse).orElseGet(Scopes::all);
        } catch (InvalidValueException e) {
            return refused(OAuthErrorCode.INVALID_CLIENT_METADATA, e.getMessage());
        }
        List<String> grantTypes = distinct(command.grantTypes().orElse(List.of(AUTHORIZATION_CODE)));
        List<String> responseTypes = distinct(command.responseTypes().orElse(List.of(CODE)));
        Optional<String> problem = flowProblem(grantTypes, responseTypes).or(() -> nameProblem(command.clientName()));
        if (problem.isPresent()) {
            return refused(OAuthErrorCode.INVALID_CLIENT_METADATA, problem.get());
        }

        Optional<OpaqueToken> secret = authMethod.isConfidential() ? Optional.of(OpaqueToken.random()) : Optional.empty();
        RegisteredClient client;
        try {
            client = new RegisteredClient(
                    new ClientId(UUID.randomUUID().toString()),
                    command.clientName().map(String::strip).filter(name -> !name.isEmpty()).orElse(DEFAULT_CLIENT_NAME),
                    redirectUris,
                    authMethod,
                    secret.map(OpaqueToken::hash),
                    scopes,
                    clock.instant(),
                    grantTypes.contains("refresh_token"));
        } catch (InvalidValueException e) {
            // The domain's own rules (e.g. a client_name that is not valid Unicode text): nothing is stored.
            return refused(OAuthErrorCode.INVALID_CLIENT_METADATA, e.getMessage());
        }
        clients.add(client);
        return new Registered(client, secret.map(OpaqueToken::value), grantTypes, responseTypes);
    }

    private static List<RedirectUri> redirectUris(List<String> requested) {
        if (requested.isEmpty()) {
            throw new InvalidValueException("redirect_uris", "at least one redirect URI is required");
        }
        List<String> distinct = distinct(requested);
        if (distinct.size() > MAX_REDIRECT_URIS) {
            throw new InvalidValueException("redirect_uris", "at most " + MAX_REDIRECT_URIS + " redirect URIs are allowed");
        }
        return distinct.stream().map(RedirectUri::new).toList();
    }

    /** Only the authorization code flow exists here; its grant and response types go together (RFC 7591 §2.1). */
    private static Optional<String> flowProblem(List<String> grantTypes, List<String> responseTypes) {
        for (String grantType : grantTypes) {
            if (!SUPPORTED_GRANT_TYPES.contains(grantType)) {
                return Optional.of("grant_types: unsupported grant type " + quoted(grantType)
                        + "; this server supports authorization_code and refresh_token");
            }
        }
        for (String responseType : responseTypes) {
            if (!CODE.equals(responseType)) {
                return Optional.of("response_types: unsupported response type " + quoted(responseType)
                        + "; this server supports only code");
            }
        }
        if (grantTypes.contains(AUTHORIZATION_CODE) != responseTypes.contains(CODE)) {
            return Optional.of("grant_types and response_types are inconsistent: the authorization_code grant"
                    + " goes with the code response type");
        }
        if (!grantTypes.contains(AUTHORIZATION_CODE)) {
            return Optional.of("grant_types must include authorization_code, the only way to obtain tokens here");
        }
        return Optional.empty();
    }

    /** A value to repeat in an error, unless it is not valid Unicode text (it could not be written back). */
    private static String quoted(String value) {
        return WellFormedText.is(value) ? "'" + value + "'" : "(not valid Unicode text)";
    }

    /** The name is shown to people on the consent page: bounded, and nothing that could disguise it. */
    private static Optional<String> nameProblem(Optional<String> clientName) {
        if (clientName.isEmpty()) {
            return Optional.empty();
        }
        String name = clientName.get().strip();
        if (name.codePointCount(0, name.length()) > RegisteredClient.MAX_NAME_LENGTH) {
            return Optional.of("client_name: at most " + RegisteredClient.MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(RegisterClientService::isDisguising)) {
            return Optional.of("client_name: must not contain control or bidirectional formatting characters");
        }
        return Optional.empty();
    }

    private static boolean isDisguising(int codePoint) {
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E) // embeddings and overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069) // isolates
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C; // marks
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static Result refused(OAuthErrorCode code, String description) {
        return new Refused(OAuthError.of(code, description));
    }
}
