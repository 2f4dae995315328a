package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.jwt.JwtAccessTokenVerifier;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MintTokenCommandTest {

    private static final Settings SETTINGS = SettingsLoader.load(Environment.of(Map.of(
            "JWT_SIGNING_SECRET", "mint-secret-0123456789abcdef0123456789abcdef")));

    private static TokenVerification verify(String token) {
        return new JwtAccessTokenVerifier(ApplicationModule.jwtSettings(SETTINGS), Clock.systemUTC()).verify(token);
    }

    @Test
    void mintsATokenTheServerAccepts() {
        String token = MintTokenCommand.mint(SETTINGS, List.of("dev:alice"), Clock.systemUTC());

        assertThat(verify(token)).isInstanceOfSatisfying(TokenVerification.Verified.class, verified -> {
            assertThat(verified.claims().subject().value()).isEqualTo("dev:alice");
            assertThat(verified.claims().scopes()).isEqualTo(Scopes.all());
            assertThat(verified.claims().login()).isEqualTo("alice");
        });
    }

    @Test
    void narrowsTheScopesWhenAsked() {
        String token = MintTokenCommand.mint(SETTINGS, List.of("dev:bob", "notes:read"), Clock.systemUTC());

        assertThat(((TokenVerification.Verified) verify(token)).claims().scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @Test
    void refusesToSignWithAnEphemeralSecret() {
        Settings ephemeral = SettingsLoader.load(Environment.of(Map.of()));

        assertThatThrownBy(() -> MintTokenCommand.mint(ephemeral, List.of(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWT_SIGNING_SECRET");
    }

    @Test
    void refusesTooManyArguments() {
        assertThatThrownBy(() -> MintTokenCommand.mint(SETTINGS, List.of("a:b", "notes:read", "extra"), Clock.systemUTC()))
                .hasMessageStartingWith("usage:");
    }
}
