package dev.notesmcp.adapter.http;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.RevokeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;

import dev.notesmcp.application.port.in.token.PublishSigningKeysUseCase;

import java.util.Objects;
import java.util.Optional;

/**
 * The authorization server's use cases, as the web adapter needs them; {@code signingKeys} only
 * with {@code JWT_ALGORITHM=ES256} (then {@code /.well-known/jwks.json} and {@code jwks_uri} exist).
 */
public record OAuthUseCases(RegisterClientUseCase register, StartAuthorizationUseCase start,
                            DecideConsentUseCase decide, CompleteLoginUseCase complete,
                            ExchangeTokenUseCase exchange, RevokeTokenUseCase revoke,
                            LimitRequestRateUseCase limitRequestRate,
                            Optional<PublishSigningKeysUseCase> signingKeys) {

    public OAuthUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(complete, "complete");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(revoke, "revoke");
        Objects.requireNonNull(limitRequestRate, "limitRequestRate");
        Objects.requireNonNull(signingKeys, "signingKeys");
    }

    /** With HS256: no key set to publish. */
    public OAuthUseCases(RegisterClientUseCase register, StartAuthorizationUseCase start, DecideConsentUseCase decide,
                         CompleteLoginUseCase complete, ExchangeTokenUseCase exchange, RevokeTokenUseCase revoke,
                         LimitRequestRateUseCase limitRequestRate) {
        this(register, start, decide, complete, exchange, revoke, limitRequestRate, Optional.empty());
    }
}
