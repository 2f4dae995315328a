package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 7523 §3: what a verified client assertion must say to authenticate its client. */
class ClientAssertionTest {

    private static final String CLIENT = "https://app.example/client.json";
    private static final ClientId CLIENT_ID = new ClientId(CLIENT);
    private static final Set<String> AUDIENCES = Set.of("https://notes.example", "https://notes.example/token");
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static ClientAssertion assertion(String iss, String sub, List<String> aud, Instant exp,
                                             Optional<Instant> nbf, Optional<Instant> iat, Optional<String> jti) {
        return new ClientAssertion(iss, sub, aud, exp, nbf, iat, jti);
    }

    private static ClientAssertion good() {
        return assertion(CLIENT, CLIENT, List.of("https://notes.example/token"), NOW.plusSeconds(300),
                Optional.empty(), Optional.of(NOW), Optional.of("jti-1"));
    }

    private static Optional<String> refusal(ClientAssertion assertion) {
        return assertion.refusal(CLIENT_ID, AUDIENCES, NOW).map(error -> {
            assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
            return error.description();
        });
    }

    @Test
    void aGoodAssertionAuthenticates() {
        assertThat(refusal(good())).isEmpty();
        assertThat(refusal(assertion(CLIENT, CLIENT, List.of("https://other.example", "https://notes.example"),
                NOW.plusSeconds(60), Optional.of(NOW), Optional.empty(), Optional.of("j")))).isEmpty();
    }

    @Test
    void issuerAndSubjectMustBothBeTheClient() {
        ClientAssertion g = good();
        assertThat(refusal(assertion("https://evil.example/c.json", CLIENT, g.audience(), g.expiresAt(),
                g.notBefore(), g.issuedAt(), g.jwtId()))).get().asString().contains("iss and sub");
        assertThat(refusal(assertion(CLIENT, "someone", g.audience(), g.expiresAt(),
                g.notBefore(), g.issuedAt(), g.jwtId()))).get().asString().contains("iss and sub");
    }

    @Test
    void theAudienceMustNameThisServer() {
        ClientAssertion g = good();
        assertThat(refusal(assertion(CLIENT, CLIENT, List.of("https://notes.example/revoke"), g.expiresAt(),
                g.notBefore(), g.issuedAt(), g.jwtId()))).get().asString().contains("aud");
        assertThat(refusal(assertion(CLIENT, CLIENT, List.of(), g.expiresAt(),
                g.notBefore(), g.issuedAt(), g.jwtId()))).get().asString().contains("aud");
    }

    @Test
    void timesAreJudgedWithAMinuteOfLeeway() {
        ClientAssertion g = good();
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), NOW.minusSeconds(59), g.notBefore(),
                Optional.empty(), g.jwtId()))).as("expired within the skew").isEmpty();
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), NOW.minusSeconds(60), g.notBefore(),
                Optional.empty(), g.jwtId()))).get().asString().contains("expired");
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), Optional.of(NOW.plusSeconds(61)),
                g.issuedAt(), g.jwtId()))).get().asString().contains("nbf");
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), Optional.empty(),
                Optional.of(NOW.plusSeconds(61)), g.jwtId()))).get().asString().contains("iat");
    }

    @Test
    void aFarFutureExpiryIsRefusedSinceItsJtiWouldBeKeptThatLong() {
        ClientAssertion g = good();
        Instant tooLate = NOW.plus(ClientAssertion.MAX_LIFETIME).plus(ClientAssertion.CLOCK_SKEW).plusSeconds(1);
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), tooLate, g.notBefore(), g.issuedAt(), g.jwtId())))
                .get().asString().contains("exp is more than 60 minutes ahead");
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), NOW.plus(Duration.ofMinutes(60)), g.notBefore(),
                g.issuedAt(), g.jwtId()))).isEmpty();
    }

    @Test
    void aJtiIsRequiredAndBounded() {
        ClientAssertion g = good();
        assertThat(refusal(assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), g.notBefore(), g.issuedAt(),
                Optional.empty()))).get().asString().contains("jti");
        assertThatThrownBy(() -> assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), g.notBefore(), g.issuedAt(),
                Optional.of("x".repeat(ClientAssertion.MAX_JWT_ID_LENGTH + 1)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), g.notBefore(), g.issuedAt(),
                Optional.of(""))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theReplayKeyTellsClientsAndJtisApart() {
        ClientAssertion g = good();
        ClientAssertion otherJti = assertion(CLIENT, CLIENT, g.audience(), g.expiresAt(), g.notBefore(), g.issuedAt(),
                Optional.of("jti-2"));
        ClientAssertion otherClient = assertion("https://b.example/c.json", "https://b.example/c.json", g.audience(),
                g.expiresAt(), g.notBefore(), g.issuedAt(), g.jwtId());
        assertThat(g.replayKey()).isEqualTo(good().replayKey()).isNotEqualTo(otherJti.replayKey())
                .isNotEqualTo(otherClient.replayKey());
    }
}
