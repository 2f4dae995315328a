package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeShortfallTest {

    @Test
    void asksForEveryMissingScopeAtOnce() {
        assertThat(new ScopeShortfall(Scopes.all(), Scopes.of()).toRequest()).isEqualTo(Scopes.all());
    }

    @Test
    void keepsWhatTheTokenAlreadyHas() {
        ScopeShortfall shortfall = new ScopeShortfall(Scopes.of(Scope.NOTES_WRITE), Scopes.of(Scope.NOTES_READ));

        assertThat(shortfall.toRequest()).isEqualTo(Scopes.all());
        assertThat(shortfall.missing()).isEqualTo(Scopes.of(Scope.NOTES_WRITE));
    }

    @Test
    void missesAtLeastOneScope() {
        assertThatThrownBy(() -> new ScopeShortfall(Scopes.of(), Scopes.all())).isInstanceOf(InvalidValueException.class);
    }
}
