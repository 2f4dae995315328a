package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.token.Scopes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client registered through dynamic client registration (RFC 7591). A confidential client's
 * secret is kept only as a hash. {@code refreshTokens} says whether it registered the
 * {@code refresh_token} grant: only then does it get and may it use refresh tokens.
 * {@code applicationType} is what it registered as, or what its redirect URIs imply.
 */
public record RegisteredClient(
        ClientId id,
        String name,
        List<RedirectUri> redirectUris,
        TokenEndpointAuthMethod authMethod,
        Optional<TokenHash> secretHash,
        Scopes scopes,
        Instant issuedAt,
        boolean refreshTokens,
        ApplicationType applicationType) {

    public static final int MAX_NAME_LENGTH = 200;

    public RegisteredClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Check.text("client_name", name, 1, MAX_NAME_LENGTH);
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(applicationType, "applicationType");
        if (redirectUris.isEmpty()) {
            throw new InvalidValueException("redirect_uris", "at least one redirect URI is required");
        }
        if (authMethod.usesSharedSecret() != secretHash.isPresent()) {
            throw new IllegalArgumentException("a client has a secret exactly when it authenticates with one");
        }
        for (RedirectUri uri : redirectUris) {
            applicationType.refusal(uri).ifPresent(problem -> {
                throw new InvalidValueException("redirect_uris", problem);
            });
        }
    }

    /** A client whose application type is the one its redirect URIs imply. */
    public RegisteredClient(ClientId id, String name, List<RedirectUri> redirectUris, TokenEndpointAuthMethod authMethod,
                            Optional<TokenHash> secretHash, Scopes scopes, Instant issuedAt, boolean refreshTokens) {
        this(id, name, redirectUris, authMethod, secretHash, scopes, issuedAt, refreshTokens,
                ApplicationType.inferredFrom(List.copyOf(redirectUris)));
    }

    /** A client that registered both grants, authorization_code and refresh_token. */
    public RegisteredClient(ClientId id, String name, List<RedirectUri> redirectUris, TokenEndpointAuthMethod authMethod,
                            Optional<TokenHash> secretHash, Scopes scopes, Instant issuedAt) {
        this(id, name, redirectUris, authMethod, secretHash, scopes, issuedAt, true);
    }

    /** The registered redirect URI that {@code requested} designates, if any (exact, loopback port aside). */
    public Optional<RedirectUri> redirectUriMatching(String requested) {
        return redirectUris.stream().filter(uri -> uri.matches(requested)).findFirst();
    }

    public boolean isConfidential() {
        return authMethod.isConfidential();
    }

    /**
     * Whether the presented credentials authenticate this client: a public client presents no
     * secret; a secret client presents its own, by its registered method (compared in constant time).
     * A {@code private_key_jwt} client is never authenticated here: its assertion is verified
     * against its keys (see {@link ClientAssertion}).
     */
    public boolean authenticates(TokenEndpointAuthMethod presentedMethod, Optional<String> presentedSecret) {
        if (!isConfidential()) {
            return presentedMethod == TokenEndpointAuthMethod.NONE && presentedSecret.isEmpty();
        }
        if (!authMethod.usesSharedSecret()) {
            return false;
        }
        return presentedMethod == authMethod && presentedSecret.isPresent()
                && secretHash.orElseThrow().matches(presentedSecret.get());
    }
}
