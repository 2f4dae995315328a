package dev.notesmcp.adapter.http;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.RevokeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;

import java.util.Objects;

/** The authorization server's use cases, as the web adapter needs them. */
public record OAuthUseCases(RegisterClientUseCase register, StartAuthorizationUseCase start,
                            DecideConsentUseCase decide, CompleteLoginUseCase complete,
                            ExchangeTokenUseCase exchange, RevokeTokenUseCase revoke,
                            LimitRequestRateUseCase limitRequestRate) {

    public OAuthUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(complete, "complete");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(revoke, "revoke");
        Objects.requireNonNull(limitRequestRate, "limitRequestRate");
    }
}
