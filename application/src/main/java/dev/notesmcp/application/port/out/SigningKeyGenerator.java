package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.token.SigningKey;

import java.time.Instant;

/** Makes a new key pair, its private half already sealed for the store (the token adapter knows how). */
public interface SigningKeyGenerator {

    SigningKey generate(Instant createdAt, Instant activeFrom);
}
