package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;

import java.util.Optional;

/** Authenticates the client of a token or revocation request (RFC 6749 §2.3, §3.2.1; RFC 7523 §2.2). */
final class ClientAuthenticator {

    private static final OAuthError FAILED = OAuthError.invalidClient("client authentication failed");

    private final ClientDirectory clients;

    ClientAuthenticator(ClientDirectory clients) {
        this.clients = clients;
    }

    /**
     * The client, or why not. Unknown clients and wrong secrets get one and the same error; an
     * assertion's refusal says what is wrong with it, since it gives nothing away about a secret.
     */
    Authentication authenticate(ClientCredentials credentials) {
        ClientDirectory.Lookup lookup;
        try {
            lookup = clients.find(new ClientId(credentials.clientId()));
        } catch (InvalidValueException e) {
            return new Authentication.Failed(FAILED);
        }
        if (!(lookup instanceof ClientDirectory.Lookup.Found(RegisteredClient client, var keys))) {
            return new Authentication.Failed(FAILED);
        }
        if (client.authMethod() != TokenEndpointAuthMethod.PRIVATE_KEY_JWT) {
            return client.authenticates(credentials.method(), credentials.secret())
                    ? new Authentication.Authenticated(client) : new Authentication.Failed(FAILED);
        }
        if (credentials.method() != TokenEndpointAuthMethod.PRIVATE_KEY_JWT || credentials.secret().isEmpty()) {
            return new Authentication.Failed(OAuthError.invalidClient("this client authenticates with private_key_jwt:"
                    + " send client_assertion_type urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
                    + " and a client_assertion signed with a key of its metadata document"));
        }
        Optional<OAuthError> refusal = clients.assertions().orElseThrow()
                .refusal(client, keys.orElseThrow(), credentials.secret().get());
        return refusal.<Authentication>map(Authentication.Failed::new).orElse(new Authentication.Authenticated(client));
    }

    sealed interface Authentication {
        record Authenticated(RegisteredClient client) implements Authentication {
        }

        record Failed(OAuthError error) implements Authentication {
        }
    }
}
