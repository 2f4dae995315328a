package dev.notesmcp.adapter.http.security;

import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.TokenVerification;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.SecurityResponse.SecurityStatus;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer gate's helidon-security provider: takes the token from {@code Authorization: Bearer},
 * asks the application's {@link VerifyAccessTokenUseCase}, and answers 401 with the RFC 9728
 * challenge when there is no usable token (400 {@code invalid_request} for several Authorization
 * headers). The verified claims ride along as the subject's private credential.
 */
public final class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private static final System.Logger LOG = System.getLogger(BearerTokenAuthenticationProvider.class.getName());
    private static final String BEARER_PREFIX = "bearer ";
    private static final int UNAUTHORIZED = 401;
    private static final int BAD_REQUEST = 400;

    private final VerifyAccessTokenUseCase verifyAccessToken;
    private final BearerChallenge challenge;

    public BearerTokenAuthenticationProvider(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.verifyAccessToken = verifyAccessToken;
        this.challenge = challenge;
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        List<String> authorizations = authorizationHeaders(request.env().headers());
        if (authorizations.isEmpty()) {
            return unauthorized(challenge.missingToken(), "no bearer token");
        }
        if (authorizations.size() > 1) {
            // Which one would count is ambiguous, and proxies may disagree: refuse (RFC 6750 §3.1, RFC 9110 §5.3).
            return failure(BAD_REQUEST, challenge.invalidRequest("Send exactly one Authorization header"),
                    "several Authorization headers");
        }
        Optional<String> token = bearerToken(authorizations.getFirst());
        if (token.isEmpty()) {
            return unauthorized(challenge.invalidToken(), "Authorization header is not a bearer token");
        }
        return switch (verifyAccessToken.verify(token.get())) {
            case TokenVerification.Verified verified -> AuthenticationResponse.success(subjectOf(verified.claims()));
            case TokenVerification.Rejected rejected -> {
                LOG.log(Level.DEBUG, "bearer token rejected: {0}", rejected.reason());
                yield unauthorized(challenge.invalidToken(), "invalid bearer token");
            }
        };
    }

    private static Subject subjectOf(AccessTokenClaims claims) {
        return Subject.builder()
                .principal(Principal.create(claims.subject().value()))
                .addPrivateCredential(AccessTokenClaims.class, claims)
                .build();
    }

    private static AuthenticationResponse unauthorized(String wwwAuthenticate, String description) {
        return failure(UNAUTHORIZED, wwwAuthenticate, description);
    }

    private static AuthenticationResponse failure(int status, String wwwAuthenticate, String description) {
        return AuthenticationResponse.builder()
                .status(SecurityStatus.FAILURE)
                .statusCode(status)
                .description(description)
                .responseHeader("WWW-Authenticate", wwwAuthenticate)
                .build();
    }

    /** Every Authorization value the request carries (normally none or one). */
    private static List<String> authorizationHeaders(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Authorization") && !header.getValue().isEmpty()) {
                return header.getValue();
            }
        }
        return List.of();
    }

    /** The token of {@code Bearer <token>}; the scheme name is case-insensitive (RFC 9110 §11.1). */
    private static Optional<String> bearerToken(String authorization) {
        if (authorization.length() <= BEARER_PREFIX.length()
                || !authorization.substring(0, BEARER_PREFIX.length()).toLowerCase(Locale.ROOT).equals(BEARER_PREFIX)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER_PREFIX.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
