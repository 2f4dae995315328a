package dev.notesmcp.adapter.http.security;

import dev.notesmcp.adapter.http.security.BearerOutcome.Admitted;
import dev.notesmcp.adapter.http.security.BearerOutcome.Refused;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.domain.token.TokenVerification;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * The bearer gate's decision, without HTTP types: the request's {@code Authorization} values in,
 * a {@link BearerOutcome} out. No value is a 401 naming where to learn how to get a token; several
 * are a 400 {@code invalid_request} (never "the first wins"); anything but one usable
 * {@code Bearer <token>} that the application's {@link VerifyAccessTokenUseCase} verifies is a 401
 * {@code invalid_token}. The refusals are built once: the hot path only picks one.
 *
 * <p>A verifier that fails (a store that cannot say whether the token is revoked) throws through
 * here: that is a 503 from the error mapper, not a refusal of a token that may be fine.
 */
public final class BearerAuthentication {

    private static final System.Logger LOG = System.getLogger(BearerAuthentication.class.getName());
    private static final String BEARER_PREFIX = "bearer ";
    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;

    private final VerifyAccessTokenUseCase verifyAccessToken;
    private final Refused missingToken;
    private final Refused invalidToken;
    private final Refused severalHeaders;

    public BearerAuthentication(VerifyAccessTokenUseCase verifyAccessToken, BearerChallenge challenge) {
        this.verifyAccessToken = verifyAccessToken;
        this.missingToken = new Refused(UNAUTHORIZED, Optional.empty(), Optional.empty(), challenge.missingToken());
        this.invalidToken = new Refused(UNAUTHORIZED, Optional.of(BearerChallenge.INVALID_TOKEN),
                Optional.of(BearerChallenge.INVALID_TOKEN_DESCRIPTION), challenge.invalidToken());
        this.severalHeaders = new Refused(BAD_REQUEST, Optional.of(BearerChallenge.INVALID_REQUEST),
                Optional.of(BearerChallenge.ONE_AUTHORIZATION_HEADER),
                challenge.invalidRequest(BearerChallenge.ONE_AUTHORIZATION_HEADER));
    }

    /** @param authorizations every {@code Authorization} value the request carries (normally none or one) */
    public BearerOutcome authenticate(List<String> authorizations) {
        if (authorizations.isEmpty()) {
            return missingToken;
        }
        if (authorizations.size() > 1) {
            // Which one would count is ambiguous, and proxies may disagree: refuse (RFC 6750 §3.1, RFC 9110 §5.3).
            return severalHeaders;
        }
        String token = bearerToken(authorizations.getFirst());
        if (token == null) {
            return invalidToken;
        }
        return switch (verifyAccessToken.verify(token)) {
            case TokenVerification.Verified verified -> new Admitted(verified.claims());
            case TokenVerification.Rejected rejected -> {
                LOG.log(Level.DEBUG, "bearer token rejected: {0}", rejected.reason());
                yield invalidToken;
            }
        };
    }

    /**
     * The token of {@code Bearer <token>} (surrounding white space stripped), or {@code null} when
     * the value is not that; the scheme name is case-insensitive (RFC 9110 §11.1).
     */
    private static String bearerToken(String authorization) {
        if (authorization.length() <= BEARER_PREFIX.length()
                || !authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return null;
        }
        String token = authorization.substring(BEARER_PREFIX.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
