package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import io.helidon.common.uri.UriEncoding;
import io.helidon.common.uri.UriValidationException;
import io.helidon.common.uri.UriValidator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads how a client identifies itself at the token and revocation endpoints: HTTP Basic
 * ({@code client_secret_basic}), {@code client_id} + {@code client_secret} in the body
 * ({@code client_secret_post}), a signed JWT ({@code private_key_jwt}, RFC 7523 §2.2) or
 * {@code client_id} alone (a public client). Using two methods at once is refused (RFC 6749 §2.3).
 */
final class ClientCredentialsReader {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private ClientCredentialsReader() {
    }

    sealed interface Reading {
    }

    record Read(ClientCredentials credentials) implements Reading {
    }

    record Unreadable(OAuthError error) implements Reading {
    }

    static Reading read(ServerRequest request, FormParameters form) {
        if (request.headers().all(HeaderNames.AUTHORIZATION, List::of).size() > 1) {
            // Which of two credentials counts would be a guess (RFC 6749 §2.3: one method per request).
            return new Unreadable(OAuthError.invalidRequest("send exactly one Authorization header"));
        }
        Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
        Optional<String> bodySecret = form.get("client_secret");
        Optional<String> bodyClientId = form.get("client_id");
        Optional<String> assertionType = form.get("client_assertion_type");
        Optional<String> assertion = form.get("client_assertion");
        boolean basic = authorization.isPresent() && authorization.get().regionMatches(true, 0, "Basic ", 0, 6);
        if (assertionType.isPresent() || assertion.isPresent()) {
            return basic || bodySecret.isPresent()
                    ? new Unreadable(OAuthError.invalidRequest("use one client authentication method, not two"))
                    : assertion(assertionType, assertion, bodyClientId);
        }
        if (basic) {
            if (bodySecret.isPresent()) {
                return new Unreadable(OAuthError.invalidRequest("use one client authentication method, not two"));
            }
            return basic(authorization.get().substring(6).strip(), bodyClientId);
        }
        if (bodyClientId.isEmpty()) {
            return new Unreadable(OAuthError.invalidClient("client_id is required"));
        }
        if (bodySecret.isPresent()) {
            return new Read(new ClientCredentials(bodyClientId.get(), TokenEndpointAuthMethod.CLIENT_SECRET_POST,
                    bodySecret));
        }
        return new Read(ClientCredentials.publicClient(bodyClientId.get()));
    }

    /** RFC 7521 §4.2: the type says how to read the assertion; {@code client_id} is optional. */
    private static Reading assertion(Optional<String> type, Optional<String> assertion, Optional<String> bodyClientId) {
        if (type.isEmpty() || assertion.isEmpty() || assertion.get().isBlank()) {
            return new Unreadable(OAuthError.invalidRequest(
                    "send client_assertion_type and client_assertion together (RFC 7521 section 4.2)"));
        }
        if (!type.get().equals(JWT_BEARER)) {
            // RFC 7521 §4.2.1: an unsupported assertion type is invalid_client.
            return new Unreadable(OAuthError.invalidClient("client_assertion_type must be " + JWT_BEARER));
        }
        Optional<String> clientId = bodyClientId.or(() -> AssertionSubject.of(assertion.get()));
        if (clientId.isEmpty()) {
            return new Unreadable(OAuthError.invalidClient(
                    "client_id is required (or a client_assertion whose sub is the client_id)"));
        }
        return new Read(ClientCredentials.assertion(clientId.get(), assertion.get()));
    }

    /** RFC 6749 §2.3.1: both parts are form-encoded before being joined with a colon. */
    private static Reading basic(String encoded, Optional<String> bodyClientId) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Unreadable(OAuthError.invalidClient("the Basic credentials are not valid base64"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Unreadable(OAuthError.invalidClient("the Basic credentials lack a colon"));
        }
        Optional<String> clientId = formDecoded(decoded.substring(0, colon));
        Optional<String> secret = formDecoded(decoded.substring(colon + 1));
        if (clientId.isEmpty() || secret.isEmpty()) {
            return new Unreadable(OAuthError.invalidClient(
                    "the Basic credentials are not valid form-encoding (RFC 6749 section 2.3.1): escape '%' as %25"));
        }
        return basic(clientId.get(), secret.get(), bodyClientId);
    }

    private static Reading basic(String clientId, String secret, Optional<String> bodyClientId) {
        if (bodyClientId.isPresent() && !bodyClientId.get().equals(clientId)) {
            return new Unreadable(OAuthError.invalidRequest("client_id in the body differs from the Basic credentials"));
        }
        return new Read(new ClientCredentials(clientId, TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of(secret)));
    }

    /** One part of the Basic credentials, decoded strictly: a malformed escape is refused, not guessed. */
    private static Optional<String> formDecoded(String part) {
        try {
            UriValidator.validateQuery(part);
            String decoded = UriEncoding.decodeQuery(part);
            return FormParameters.replacedInvalidUtf8(decoded) ? Optional.empty() : Optional.of(decoded);
        } catch (UriValidationException e) {
            return Optional.empty();
        }
    }
}
