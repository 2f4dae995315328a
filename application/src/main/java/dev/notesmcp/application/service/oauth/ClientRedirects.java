package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ReturnWithError;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OAuthError;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds redirects to a client's (already validated) redirect URI: parameters are appended to
 * any query it has (RFC 6749 §3.1.2), and {@code iss} names us (RFC 9207) so a client talking to
 * several servers cannot be confused.
 */
final class ClientRedirects {

    private final String issuer;

    ClientRedirects(String issuer) {
        this.issuer = issuer;
    }

    RedirectToClient code(String redirectUri, String code, Optional<String> state, UserId user) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", issuer);
        return new RedirectToClient(withParameters(redirectUri, parameters), Optional.of(user));
    }

    RedirectToClient error(String redirectUri, OAuthError error, Optional<String> state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.code().value());
        parameters.put("error_description", error.description());
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", issuer);
        return new RedirectToClient(withParameters(redirectUri, parameters));
    }

    /** Our page explaining {@code message}, whose link returns to the client with {@code error}. */
    ReturnWithError explained(String message, String redirectUri, OAuthError error, Optional<String> state) {
        return new ReturnWithError(message, error.code(), error(redirectUri, error, state).location());
    }

    static URI withParameters(String base, Map<String, String> parameters) {
        StringBuilder uri = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
