package dev.notesmcp.adapter.redis;

import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodecsTest {

    private static PendingAuthorization pending(Optional<String> state, Scopes scopes, Optional<UserId> presumed) {
        AuthorizationRequest request = new AuthorizationRequest(new ClientId("c-1"),
                "https://app.example/cb?x=a b&y=~=+%20\n", scopes, state,
                CodeChallenge.s256(new CodeVerifier(OpaqueToken.random().value())));
        return new PendingAuthorization("id with spaces ~", request, OpaqueToken.random().hash(),
                Instant.parse("2025-03-01T12:00:00.123456789Z"), presumed, Optional.empty());
    }

    @Test
    void pendingRoundTripsWithEveryOptionalShape() {
        for (PendingAuthorization p : new PendingAuthorization[]{
                pending(Optional.empty(), Scopes.of(), Optional.empty()),
                pending(Optional.of(""), Scopes.all(), Optional.empty()),
                pending(Optional.of("Zoë 🐙 ~ = +"), Scopes.all(), Optional.empty())}) {
            assertThat(Codecs.decodePending(Codecs.encode(p), Optional.empty())).isEqualTo(p);
        }
    }

    @Test
    void aLoginRoundTripsWithItsSignInButItsStateIsNotWritten() {
        UpstreamSignIn signIn = UpstreamSignIn.start("github");
        PendingAuthorization login = pending(Optional.of("s"), Scopes.all(), Optional.of(UserId.of("github", "42")))
                .signingInWith(signIn);

        String stored = Codecs.encode(login);

        assertThat(stored).startsWith("pending.v2 ").doesNotContain(signIn.state())
                .contains(signIn.nonce()).contains(signIn.codeVerifier());
        assertThat(Codecs.decodePending(stored, Optional.of(signIn.state()))).isEqualTo(login);
    }

    @Test
    void aValueWrittenBeforeSignInsWereRecordedIsReadWithoutOne() {
        PendingAuthorization consent = pending(Optional.of("s"), Scopes.all(), Optional.empty());
        String v2 = Codecs.encode(consent);
        // pending.v1 is pending.v2 without the three sign-in fields at the end.
        String v1 = "pending.v1" + v2.substring("pending.v2".length(), v2.length() - " ~ ~ ~".length());

        assertThat(Codecs.decodePending(v1, Optional.of(UpstreamSignIn.start("dev").state()))).isEqualTo(consent);
    }

    @Test
    void anUnknownFormatIsRefusedLoudly() {
        assertThatThrownBy(() -> Codecs.decodePending("pending.v9 =x", Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending.v9");
    }
}
