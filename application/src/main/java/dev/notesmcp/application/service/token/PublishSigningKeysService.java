package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.in.token.PublishSigningKeysUseCase;
import dev.notesmcp.domain.token.SigningKey;

import java.time.Clock;
import java.util.List;

/** The keys {@code /.well-known/jwks.json} shows, from the same cache the verifier reads. */
public final class PublishSigningKeysService implements PublishSigningKeysUseCase {

    private final SigningKeyCache cache;
    private final Clock clock;

    public PublishSigningKeysService(SigningKeyCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public List<SigningKey> publishedKeys() {
        return cache.ring().publishedAt(clock.instant());
    }
}
