package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.jwt.Es256Keys;
import dev.notesmcp.adapter.jwt.JwtAccessTokenSigner;
import dev.notesmcp.adapter.jwt.JwtAccessTokenVerifier;
import dev.notesmcp.adapter.jwt.JwtSettings;
import dev.notesmcp.adapter.jwt.PrivateKeyCipher;
import dev.notesmcp.application.port.in.token.PublishSigningKeysUseCase;
import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.service.token.PublishSigningKeysService;
import dev.notesmcp.application.service.token.RotateSigningKeyService;
import dev.notesmcp.application.service.token.SigningKeyCache;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.domain.token.SigningKeyPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How tokens are signed and verified ({@code JWT_ALGORITHM}): HS256 with the shared secret, or
 * ES256 with the keys in the durable store, the first one made at start-up, a new one every
 * {@code JWT_KEY_ROTATION} when set (checked each minute on a background thread).
 */
record TokenSigning(AccessTokenSigner signer, AccessTokenVerifier verifier,
                    Optional<PublishSigningKeysUseCase> publishedKeys, AutoCloseable timer) implements AutoCloseable {

    /** Clocks of instances may differ by this much; a retired key is kept that much longer. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    static final Duration ROTATION_CHECK = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(TokenSigning.class.getName());

    static TokenSigning wire(Settings settings, JwtSettings jwt, SigningKeyRepository keys, Clock clock) {
        if (!settings.tokenSigning().es256()) {
            return new TokenSigning(new JwtAccessTokenSigner(jwt), new JwtAccessTokenVerifier(jwt, clock),
                    Optional.empty(), () -> { });
        }
        Es256Keys material = new Es256Keys(new PrivateKeyCipher(jwt.signingSecret()));
        SigningKeyCache cache = new SigningKeyCache(keys, clock, SigningKeyCache.DEFAULT_REFRESH);
        RotateSigningKeyService rotation = rotation(settings, keys, material, cache, clock);
        rotation.ensureFirstKey();
        AutoCloseable timer = settings.tokenSigning().keyRotation()
                .map(period -> schedule(rotation, period))
                .orElse(() -> { });
        return new TokenSigning(JwtAccessTokenSigner.es256(cache::ring, material),
                JwtAccessTokenVerifier.es256(jwt, cache::ring, material, clock),
                Optional.of(new PublishSigningKeysService(cache, clock)), timer);
    }

    /** What {@code admin keys rotate} runs, with the same policy as the servers. */
    static RotateSigningKeyService rotation(Settings settings, JwtSettings jwt, SigningKeyRepository keys, Clock clock) {
        return rotation(settings, keys, new Es256Keys(new PrivateKeyCipher(jwt.signingSecret())),
                new SigningKeyCache(keys, clock, SigningKeyCache.DEFAULT_REFRESH), clock);
    }

    private static RotateSigningKeyService rotation(Settings settings, SigningKeyRepository keys, Es256Keys material,
                                                    SigningKeyCache cache, Clock clock) {
        // A new key signs once every instance has re-read the store; the old one lives a token lifetime past that.
        SigningKeyPolicy policy = new SigningKeyPolicy(SigningKeyCache.DEFAULT_REFRESH,
                settings.accessTokenTtl().plus(CLOCK_SKEW));
        return new RotateSigningKeyService(keys, material, policy, cache, clock);
    }

    private static AutoCloseable schedule(RotateSigningKeyService rotation, Duration period) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("notes-mcp-key-rotation").factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (rotation.rotateIfDue(period)) {
                    LOG.log(System.Logger.Level.INFO, "JWT_KEY_ROTATION: a new ES256 signing key was made");
                }
            } catch (RuntimeException e) {
                // A busy or unreachable store: the next check tries again, the current key keeps signing.
                LOG.log(System.Logger.Level.WARNING, "key rotation check failed: " + e.getMessage());
            }
        }, ROTATION_CHECK.toSeconds(), ROTATION_CHECK.toSeconds(), TimeUnit.SECONDS);
        return scheduler::shutdownNow;
    }

    @Override
    public void close() throws Exception {
        timer.close();
    }
}
