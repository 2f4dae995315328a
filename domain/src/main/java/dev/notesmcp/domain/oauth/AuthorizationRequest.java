package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.token.Scopes;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated authorization request: the client, the redirect URI exactly as sent (it must be
 * sent again, identically, at the token endpoint), the scopes asked for, the client's
 * {@code state} and its PKCE challenge.
 */
public record AuthorizationRequest(ClientId client, String redirectUri, Scopes scopes, Optional<String> state,
                                   CodeChallenge challenge) {

    public AuthorizationRequest {
        Objects.requireNonNull(client, "client");
        WellFormedText.require("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri"));
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(state, "state").ifPresent(value -> WellFormedText.require("state", value));
        Objects.requireNonNull(challenge, "challenge");
    }
}
