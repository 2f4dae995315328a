package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How access tokens are signed: {@code JWT_ALGORITHM} ({@code HS256} with the shared secret, the
 * default, or {@code ES256} with our key pairs in the durable store) and, with ES256,
 * {@code JWT_KEY_ROTATION} (how often a new key is made; off when empty).
 */
public record TokenSigningSettings(Algorithm algorithm, Optional<Duration> keyRotation) {

    public static final TokenSigningSettings HS256 = new TokenSigningSettings(Algorithm.HS256, Optional.empty());

    public enum Algorithm { HS256, ES256 }

    public TokenSigningSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyRotation, "keyRotation");
        if (algorithm == Algorithm.HS256 && keyRotation.isPresent()) {
            throw new IllegalArgumentException("only ES256 keys rotate");
        }
    }

    public boolean es256() {
        return algorithm == Algorithm.ES256;
    }
}
