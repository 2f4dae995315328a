package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code JWT_ALGORITHM} ({@code HS256} default, or {@code ES256}) and {@code JWT_KEY_ROTATION}
 * (unset or {@code off}: keys rotate only through {@code admin keys rotate}; else at least 1h, since
 * every rotation keeps the previous key for a token lifetime).
 */
final class TokenSigningVariables {

    static final String ALGORITHM = "JWT_ALGORITHM";
    static final String ROTATION = "JWT_KEY_ROTATION";
    static final Duration MINIMUM_ROTATION = Duration.ofHours(1);

    private TokenSigningVariables() {
    }

    static TokenSigningSettings read(Environment env, List<String> problems) {
        TokenSigningSettings.Algorithm algorithm = algorithm(env, problems);
        Optional<String> rotation = env.get(ROTATION).filter(raw -> !raw.equalsIgnoreCase("off"));
        if (rotation.isEmpty()) {
            return new TokenSigningSettings(algorithm, Optional.empty());
        }
        if (algorithm != TokenSigningSettings.Algorithm.ES256) {
            problems.add(ROTATION + ": only ES256 keys rotate; set " + ALGORITHM + "=ES256 or leave " + ROTATION
                    + " unset");
            return TokenSigningSettings.HS256;
        }
        try {
            Duration period = Durations.parse(rotation.get());
            if (period.compareTo(MINIMUM_ROTATION) < 0) {
                problems.add(ROTATION + ": must be at least 1h or off (got '" + rotation.get() + "')");
                return new TokenSigningSettings(algorithm, Optional.empty());
            }
            return new TokenSigningSettings(algorithm, Optional.of(period));
        } catch (IllegalArgumentException e) {
            problems.add(ROTATION + ": " + e.getMessage());
            return new TokenSigningSettings(algorithm, Optional.empty());
        }
    }

    private static TokenSigningSettings.Algorithm algorithm(Environment env, List<String> problems) {
        String raw = env.get(ALGORITHM).orElse("HS256");
        try {
            return TokenSigningSettings.Algorithm.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(ALGORITHM + ": must be HS256 (the default, a shared secret) or ES256 (key pairs, published at"
                    + " /.well-known/jwks.json) (got '" + raw + "')");
            return TokenSigningSettings.Algorithm.HS256;
        }
    }
}
