package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyAccessTokenServiceTest {

    private static final Instant IAT = Instant.parse("2025-03-01T12:00:00Z");
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims("https://notes.example",
            "https://notes.example/mcp", new UserId("github:1"), "client-1", Scopes.all(), "jti-1", IAT,
            IAT.plusSeconds(3600), "octocat");

    /** Answers with a fixed verification and remembers what it was asked. */
    private static final class RecordingVerifier implements AccessTokenVerifier {
        private final TokenVerification answer;
        private final List<String> asked = new ArrayList<>();

        RecordingVerifier(TokenVerification answer) {
            this.answer = answer;
        }

        @Override
        public TokenVerification verify(String token) {
            asked.add(token);
            return answer;
        }
    }

    private static final RevokedAccessTokens NOTHING_REVOKED = new RevokedAccessTokens() {
        @Override
        public void revoke(String tokenId, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isRevoked(String tokenId) {
            return false;
        }
    };

    private final RecordingVerifier verifier = new RecordingVerifier(new TokenVerification.Verified(CLAIMS));
    private final VerifyAccessTokenService service = new VerifyAccessTokenService(verifier, NOTHING_REVOKED);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\n"})
    void rejectsAMissingTokenWithoutAskingTheVerifier(String token) {
        assertThat(service.verify(token)).isInstanceOf(TokenVerification.Rejected.class);
        assertThat(verifier.asked).isEmpty();
    }

    @Test
    void rejectsAnOversizedTokenWithoutAskingTheVerifier() {
        assertThat(service.verify("a".repeat(8193))).isInstanceOf(TokenVerification.Rejected.class);
        assertThat(verifier.asked).isEmpty();
    }

    @Test
    void passesATokenOfTheMaximumSizeToTheVerifier() {
        String token = "a".repeat(8192);

        service.verify(token);

        assertThat(verifier.asked).containsExactly(token);
    }

    @Test
    void passesTheTokenUnchangedAndReturnsTheVerifiersClaims() {
        TokenVerification result = service.verify("header.payload.signature");

        assertThat(verifier.asked).containsExactly("header.payload.signature");
        assertThat(result).isEqualTo(new TokenVerification.Verified(CLAIMS));
    }

    @Test
    void returnsTheVerifiersRejection() {
        TokenVerification rejection = TokenVerification.rejected("bad signature");
        VerifyAccessTokenService rejecting = new VerifyAccessTokenService(new RecordingVerifier(rejection), NOTHING_REVOKED);

        assertThat(rejecting.verify("header.payload.signature")).isEqualTo(rejection);
    }

    @Test
    void refusesAValidTokenWhoseIdWasRevoked() {
        RevokedAccessTokens revoked = new RevokedAccessTokens() {
            @Override
            public void revoke(String tokenId, Instant expiresAt) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isRevoked(String tokenId) {
                return tokenId.equals(CLAIMS.tokenId());
            }
        };

        assertThat(new VerifyAccessTokenService(verifier, revoked).verify("a.b.c"))
                .isInstanceOf(TokenVerification.Rejected.class);
    }
}
