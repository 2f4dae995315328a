package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.RevokeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code POST /token} (RFC 6749 §3.2) and {@code POST /revoke} (RFC 7009). */
public final class TokenEndpoint implements HttpService {

    public static final String TOKEN = "/token";
    public static final String REVOKE = "/revoke";

    private final ExchangeTokenUseCase exchange;
    private final RevokeTokenUseCase revoke;
    private final JsonResponses json;
    private final OAuthErrorResponses errors;

    public TokenEndpoint(ExchangeTokenUseCase exchange, RevokeTokenUseCase revoke, JsonResponses json) {
        this.exchange = exchange;
        this.revoke = revoke;
        this.json = json;
        this.errors = new OAuthErrorResponses(json);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(TOKEN, this::token)
                .post(REVOKE, this::revoke)
                .route(Method.OPTIONS, TOKEN, TokenEndpoint::preflight)
                .route(Method.OPTIONS, REVOKE, TokenEndpoint::preflight);
    }

    private void token(ServerRequest request, ServerResponse response) {
        allowBrowsers(response);
        Optional<ClientRequest> parsed = readRequest(request, response);
        if (parsed.isEmpty()) {
            return;
        }
        FormParameters form = parsed.get().form();
        ClientCredentials client = parsed.get().client();
        Optional<String> grantType = form.get("grant_type");
        ExchangeTokenUseCase.Request exchangeRequest;
        if (grantType.filter("authorization_code"::equals).isPresent()) {
            Optional<String> code = form.get("code");
            Optional<String> redirectUri = form.get("redirect_uri");
            Optional<String> verifier = form.get("code_verifier");
            if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty()) {
                fail(response, OAuthError.invalidRequest("code, redirect_uri and code_verifier are required"));
                return;
            }
            exchangeRequest = new ExchangeTokenUseCase.AuthorizationCodeRequest(client, code.get(),
                    redirectUri.get(), verifier.get(), form.get("resource"));
        } else if (grantType.filter("refresh_token"::equals).isPresent()) {
            Optional<String> refreshToken = form.get("refresh_token");
            if (refreshToken.isEmpty()) {
                fail(response, OAuthError.invalidRequest("refresh_token is required"));
                return;
            }
            exchangeRequest = new ExchangeTokenUseCase.RefreshTokenRequest(client, refreshToken.get(),
                    form.get("scope"), form.get("resource"));
        } else {
            fail(response, grantType.isEmpty() ? OAuthError.invalidRequest("grant_type is required")
                    : OAuthError.of(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE,
                    "grant_type must be authorization_code or refresh_token"));
            return;
        }
        switch (exchange.exchange(exchangeRequest)) {
            case ExchangeTokenUseCase.Issued issued -> {
                noStore(response);
                json.send(response, Status.OK_200, TokenJson.fromDomain(issued.response()));
            }
            case ExchangeTokenUseCase.Failed failed -> fail(response, failed.error());
        }
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        allowBrowsers(response);
        Optional<ClientRequest> parsed = readRequest(request, response);
        if (parsed.isEmpty()) {
            return;
        }
        FormParameters form = parsed.get().form();
        ClientCredentials client = parsed.get().client();
        Optional<String> token = form.get("token");
        if (token.isEmpty()) {
            fail(response, OAuthError.invalidRequest("token is required"));
            return;
        }
        Optional<OAuthError> error = revoke.revoke(client, token.get(), form.get("token_type_hint"));
        if (error.isPresent()) {
            fail(response, error.get());
            return;
        }
        noStore(response);
        response.status(Status.OK_200).send();
    }

    /**
     * The checks both endpoints share: a small form body without repeated parameters, and
     * readable client credentials. On failure the error response is already sent.
     */
    private Optional<ClientRequest> readRequest(ServerRequest request, ServerResponse response) {
        Optional<FormParameters> form = AuthorizationEndpoint.readForm(request);
        if (form.isEmpty()) {
            fail(response, OAuthError.invalidRequest(
                    "send the parameters as application/x-www-form-urlencoded, at most 16 KiB"));
            return Optional.empty();
        }
        if (form.get().hasRepeats()) {
            fail(response, OAuthError.invalidRequest("parameters must not repeat: " + form.get().repeated()));
            return Optional.empty();
        }
        return switch (ClientCredentialsReader.read(request, form.get())) {
            case ClientCredentialsReader.Read read -> Optional.of(new ClientRequest(form.get(), read.credentials()));
            case ClientCredentialsReader.Unreadable unreadable -> {
                fail(response, unreadable.error());
                yield Optional.empty();
            }
        };
    }

    private void fail(ServerResponse response, OAuthError error) {
        if (error.code() == OAuthErrorCode.INVALID_CLIENT) {
            // RFC 6749 §5.2: a 401 for client authentication names the scheme to use.
            response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"notes-mcp\"");
        }
        errors.send(response, error);
    }

    private static void noStore(ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store").header(HeaderNames.PRAGMA, "no-cache");
    }

    /** Browser-based clients (MCP Inspector) call these endpoints directly; they carry no cookies. */
    private static void allowBrowsers(ServerResponse response) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    private static void preflight(ServerRequest request, ServerResponse response) {
        allowBrowsers(response);
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS")
                .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type")
                .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600")
                .status(Status.NO_CONTENT_204)
                .send();
    }

    private record ClientRequest(FormParameters form, ClientCredentials client) {
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
