package dev.notesmcp.application.port.in.token;

import dev.notesmcp.domain.token.SigningKey;

/**
 * {@code admin keys rotate}: a new signing key, published at once and signing once every instance
 * has read it; the previous ones stay accepted while a token they signed may be alive.
 */
public interface RotateSigningKeyUseCase {

    SigningKey rotate();
}
