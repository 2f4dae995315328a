package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.Optional;

/** Authenticates the client of a token or revocation request (RFC 6749 §2.3, §3.2.1). */
final class ClientAuthenticator {

    private static final OAuthError FAILED = OAuthError.invalidClient("client authentication failed");

    private final ClientDirectory clients;

    ClientAuthenticator(ClientDirectory clients) {
        this.clients = clients;
    }

    /** The client, or the one error every failure gets (unknown client and wrong secret look alike). */
    Authentication authenticate(ClientCredentials credentials) {
        Optional<RegisteredClient> client;
        try {
            client = clients.find(new ClientId(credentials.clientId())) instanceof ClientDirectory.Lookup.Found found
                    ? Optional.of(found.client()) : Optional.empty();
        } catch (InvalidValueException e) {
            return new Authentication.Failed(FAILED);
        }
        return client.filter(c -> c.authenticates(credentials.method(), credentials.secret()))
                .<Authentication>map(Authentication.Authenticated::new)
                .orElse(new Authentication.Failed(FAILED));
    }

    sealed interface Authentication {
        record Authenticated(RegisteredClient client) implements Authentication {
        }

        record Failed(OAuthError error) implements Authentication {
        }
    }
}
