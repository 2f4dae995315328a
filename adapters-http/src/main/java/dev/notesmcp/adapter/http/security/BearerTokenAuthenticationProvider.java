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
 * challenge when there is no usable token. The verified claims ride along as the subject's
 * private credential.
 */
public final class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private static final System.Logger LOG = System.getLogger(BearerTokenAuthenticationProvider.class.getName());
    private static final String BEARER_PREFIX = "bearer ";
    private static final int UNAUTHORIZED = 401;

    private final VerifyAccessTokenUseCase verifyAccessToken;
    private final BearerChallenge challenge;

    public BearerTokenAuthenticationProvider(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.verifyAccessToken = verifyAccessToken;
        this.challenge = challenge;
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        Optional<String> authorization = authorizationHeader(request.env().headers());
        if (authorization.isEmpty()) {
            return unauthorized(challenge.missingToken(), "no bearer token");
        }
        Optional<String> token = bearerToken(authorization.get());
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
        return AuthenticationResponse.builder()
                .status(SecurityStatus.FAILURE)
                .statusCode(UNAUTHORIZED)
                .description(description)
                .responseHeader("WWW-Authenticate", wwwAuthenticate)
                .build();
    }

    private static Optional<String> authorizationHeader(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Authorization") && !header.getValue().isEmpty()) {
                return Optional.of(header.getValue().getFirst());
            }
        }
        return Optional.empty();
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
