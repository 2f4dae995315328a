package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.Metrics.TokenOperation;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code POST /token} (RFC 6749 §3.2): a code or a refresh token in, tokens out. */
public final class TokenEndpoint implements HttpService {

    public static final String TOKEN = "/token";

    private final ExchangeTokenUseCase exchange;
    private final JsonResponses json;
    private final ClientRequests requests;
    private final Metrics metrics;

    public TokenEndpoint(ExchangeTokenUseCase exchange, JsonResponses json) {
        this(exchange, json, Metrics.none());
    }

    /** @param metrics where each answer of the use case is counted, by grant and outcome */
    public TokenEndpoint(ExchangeTokenUseCase exchange, JsonResponses json, Metrics metrics) {
        this.exchange = exchange;
        this.json = json;
        this.requests = new ClientRequests(json);
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(TOKEN, this::token);
        MethodNotAllowed.register(rules, TOKEN, Method.POST);
    }

    private void token(ServerRequest request, ServerResponse response) {
        Optional<ClientRequests.ClientRequest> parsed = requests.read(request, response);
        if (parsed.isEmpty()) {
            return;
        }
        switch (exchangeRequest(parsed.get().form(), parsed.get().client())) {
            case Refusal refusal -> requests.fail(response, refusal.error());
            case Exchange(ExchangeTokenUseCase.Request exchangeRequest) -> {
                TokenOperation operation = exchangeRequest instanceof ExchangeTokenUseCase.RefreshTokenRequest
                        ? TokenOperation.REFRESH_TOKEN : TokenOperation.AUTHORIZATION_CODE;
                switch (exchange.exchange(exchangeRequest)) {
                    case ExchangeTokenUseCase.Issued issued -> {
                        metrics.tokenRequest(operation, Optional.empty());
                        ClientRequests.noStore(response);
                        json.send(response, Status.OK_200, TokenJson.fromDomain(issued.response()));
                    }
                    case ExchangeTokenUseCase.Failed failed -> {
                        metrics.tokenRequest(operation, Optional.of(failed.error().code()));
                        requests.fail(response, failed.error());
                    }
                }
            }
        }
    }

    private sealed interface Parsed {
    }

    private record Exchange(ExchangeTokenUseCase.Request request) implements Parsed {
    }

    private record Refusal(OAuthError error) implements Parsed {
    }

    private static Parsed exchangeRequest(FormParameters form, ClientCredentials client) {
        Optional<String> grantType = form.get("grant_type");
        if (grantType.filter("authorization_code"::equals).isPresent()) {
            Optional<String> code = form.get("code");
            Optional<String> redirectUri = form.get("redirect_uri");
            Optional<String> verifier = form.get("code_verifier");
            if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty()) {
                return new Refusal(OAuthError.invalidRequest("code, redirect_uri and code_verifier are required"));
            }
            return new Exchange(new ExchangeTokenUseCase.AuthorizationCodeRequest(client, code.get(),
                    redirectUri.get(), verifier.get(), form.get("resource")));
        }
        if (grantType.filter("refresh_token"::equals).isPresent()) {
            Optional<String> refreshToken = form.get("refresh_token");
            if (refreshToken.isEmpty()) {
                return new Refusal(OAuthError.invalidRequest("refresh_token is required"));
            }
            return new Exchange(new ExchangeTokenUseCase.RefreshTokenRequest(client, refreshToken.get(),
                    form.get("scope"), form.get("resource")));
        }
        return new Refusal(grantType.isEmpty() ? OAuthError.invalidRequest("grant_type is required")
                : OAuthError.of(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE,
                "grant_type must be authorization_code or refresh_token"));
    }

    /** RFC 6749 §5.1 field names; no {@code refresh_token} field for clients without that grant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenJson(String access_token, String token_type, long expires_in, String refresh_token, String scope) {
        static TokenJson fromDomain(TokenResponse response) {
            return new TokenJson(response.accessToken(), "Bearer", response.expiresInSeconds(),
                    response.refresh().orElse(null), response.scopes().asString());
        }
    }
}
