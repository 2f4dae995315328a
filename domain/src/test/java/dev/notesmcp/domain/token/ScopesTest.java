package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopesTest {

    @Test
    void parsesSpaceSeparatedNames() {
        assertThat(Scopes.parse("notes:read notes:write").values())
                .containsExactlyInAnyOrder(Scope.NOTES_READ, Scope.NOTES_WRITE);
    }

    @Test
    void parsesASingleName() {
        assertThat(Scopes.parse("notes:write").values()).containsExactly(Scope.NOTES_WRITE);
    }

    @Test
    void parsesExtraSpaces() {
        assertThat(Scopes.parse("  notes:write    notes:read ")).isEqualTo(Scopes.all());
    }

    @Test
    void parsesDuplicatesOnce() {
        assertThat(Scopes.parse("notes:read notes:read").values()).containsExactly(Scope.NOTES_READ);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parsesNothingAsNoScopes(String value) {
        Scopes scopes = Scopes.parse(value);

        assertThat(scopes.isEmpty()).isTrue();
        assertThat(scopes.asString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes:admin", "notes:read notes:admin", "notes:read,notes:write", "NOTES:READ"})
    void refusesUnknownNames(String value) {
        assertThatThrownBy(() -> Scopes.parse(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    void writesNamesInAStableOrderWhateverTheInputOrder() {
        assertThat(Scopes.of(Scope.NOTES_WRITE, Scope.NOTES_READ).asString()).isEqualTo("notes:read notes:write");
        assertThat(Scopes.parse("notes:write notes:read").asString()).isEqualTo("notes:read notes:write");
    }

    @Test
    void readsBackWhatItWrites() {
        Scopes scopes = Scopes.of(Scope.NOTES_WRITE);

        assertThat(Scopes.parse(scopes.asString())).isEqualTo(scopes);
    }

    @Test
    void printsAsItsWireForm() {
        assertThat(Scopes.all()).hasToString("notes:read notes:write");
    }

    @Test
    void allHoldsEveryScope() {
        assertThat(Scopes.all().values()).containsExactlyInAnyOrder(Scope.values());
    }

    @Test
    void containsOnlyItsScopes() {
        Scopes scopes = Scopes.of(Scope.NOTES_READ);

        assertThat(scopes.contains(Scope.NOTES_READ)).isTrue();
        assertThat(scopes.contains(Scope.NOTES_WRITE)).isFalse();
        assertThat(scopes.isEmpty()).isFalse();
    }

    @Test
    void noScopesIsEmpty() {
        assertThat(Scopes.of().isEmpty()).isTrue();
        assertThat(new Scopes(Set.of()).isEmpty()).isTrue();
    }

    @Test
    void cannotBeModified() {
        Scopes scopes = Scopes.of(Scope.NOTES_READ);

        assertThatThrownBy(() -> scopes.values().add(Scope.NOTES_WRITE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenSet() {
        EnumSet<Scope> source = EnumSet.of(Scope.NOTES_READ);
        Scopes scopes = new Scopes(source);

        source.add(Scope.NOTES_WRITE);

        assertThat(scopes.contains(Scope.NOTES_WRITE)).isFalse();
    }

    @Test
    void equalWhenSameScopes() {
        assertThat(Scopes.of(Scope.NOTES_WRITE, Scope.NOTES_READ)).isEqualTo(Scopes.all());
    }

    @Test
    void aRequestMayAskForOfflineAccessWhichIsNoResourceScope() {
        assertThat(Scopes.parseRequested("notes:read offline_access")).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(Scopes.parseRequested("offline_access").isEmpty()).isTrue();
        assertThat(Scopes.parseRequested("offline_access notes:write notes:read")).isEqualTo(Scopes.all());
    }

    @Test
    void offlineAccessIsNeverAResourceScope() {
        assertThatThrownBy(() -> Scopes.parse("notes:read offline_access")).isInstanceOf(InvalidValueException.class);
        assertThat(Scopes.all().asString()).doesNotContain(Scopes.OFFLINE_ACCESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes:read openid", "OFFLINE_ACCESS", "offline_access notes:admin"})
    void aRequestStillRefusesUnknownNames(String value) {
        assertThatThrownBy(() -> Scopes.parseRequested(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theAuthorizationServerAcceptsTheResourceScopesAndOfflineAccess() {
        assertThat(Scopes.authorizationServerNames()).containsExactly("notes:read", "notes:write", "offline_access");
    }

    @Test
    void unionHoldsBoth() {
        assertThat(Scopes.of(Scope.NOTES_READ).union(Scopes.of(Scope.NOTES_WRITE))).isEqualTo(Scopes.all());
        assertThat(Scopes.of(Scope.NOTES_READ).union(Scopes.of())).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(Scopes.of().union(Scopes.of(Scope.NOTES_WRITE))).isEqualTo(Scopes.of(Scope.NOTES_WRITE));
    }
}
