package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.domain.oauth.RateLimit;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-address limits on the OAuth endpoints. Registration is the tightest (each call creates
 * durable state); the token endpoint allows for clients that refresh often.
 */
public final class LimitRequestRateService implements LimitRequestRateUseCase {

    /** The defaults, per client address and minute; documented in the README. */
    public static final Map<Endpoint, RateLimit> DEFAULT_LIMITS = Map.of(
            Endpoint.REGISTER, RateLimit.perMinute(20),
            Endpoint.AUTHORIZE, RateLimit.perMinute(60),
            Endpoint.TOKEN, RateLimit.perMinute(120),
            Endpoint.REVOKE, RateLimit.perMinute(60));

    private final RateLimiter limiter;
    private final Map<Endpoint, RateLimit> limits;
    private final Clock clock;

    public LimitRequestRateService(RateLimiter limiter, Map<Endpoint, RateLimit> limits, Clock clock) {
        this.limiter = limiter;
        this.limits = new EnumMap<>(limits);
        this.clock = clock;
    }

    @Override
    public Optional<Duration> admit(Endpoint endpoint, String clientAddress) {
        RateLimit limit = limits.get(endpoint);
        if (limit == null) {
            return Optional.empty();
        }
        return limiter.tryAcquire(endpoint.name().toLowerCase() + ":" + clientAddress, limit, clock.instant());
    }
}
