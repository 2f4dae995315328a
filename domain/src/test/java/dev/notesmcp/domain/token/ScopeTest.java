package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {

    @Test
    void readsTheWireNames() {
        assertThat(Scope.fromValue("notes:read")).isEqualTo(Scope.NOTES_READ);
        assertThat(Scope.fromValue("notes:write")).isEqualTo(Scope.NOTES_WRITE);
    }

    @Test
    void writesTheWireNames() {
        assertThat(Scope.NOTES_READ.value()).isEqualTo("notes:read");
        assertThat(Scope.NOTES_WRITE.value()).isEqualTo("notes:write");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"notes:admin", "NOTES:READ", " notes:read", "notes:read ", "notes", "openid"})
    void refusesUnknownNames(String value) {
        assertThatThrownBy(() -> Scope.fromValue(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    void describesItselfForAPerson() {
        for (Scope scope : Scope.values()) {
            assertThat(scope.description()).isNotBlank();
        }
    }
}
