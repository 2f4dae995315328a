package dev.notesmcp.application.port.in.oauth;

import java.time.Duration;
import java.util.Optional;

/** The OAuth endpoints protect themselves against floods, per client address. */
public interface LimitRequestRateUseCase {

    /** Empty when the request may proceed; otherwise how long the client should wait (for {@code Retry-After}). */
    Optional<Duration> admit(Endpoint endpoint, String clientAddress);

    enum Endpoint {
        REGISTER, AUTHORIZE, TOKEN, REVOKE
    }
}
