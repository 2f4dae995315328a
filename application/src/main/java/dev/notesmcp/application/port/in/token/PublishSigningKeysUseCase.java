package dev.notesmcp.application.port.in.token;

import dev.notesmcp.domain.token.SigningKey;

import java.util.List;

/** The public keys a verifier may need ({@code /.well-known/jwks.json}): current, next and still-alive previous ones. */
public interface PublishSigningKeysUseCase {

    List<SigningKey> publishedKeys();
}
