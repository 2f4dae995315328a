package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.LOGIN;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantTest {

    @Test
    void startsActive() {
        Grant grant = Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW);

        assertThat(grant.isActive()).isTrue();
        assertThat(grant.revokedAt()).isEmpty();
        assertThat(grant.createdAt()).isEqualTo(NOW);
        assertThat(grant.user()).isEqualTo(USER);
        assertThat(grant.login()).isEqualTo(LOGIN);
        assertThat(grant.client()).isEqualTo(CLIENT);
        assertThat(grant.scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void eachStartHasItsOwnId() {
        assertThat(Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW).id())
                .isNotEqualTo(Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW).id());
    }

    @Test
    void revokingEndsIt() {
        Grant revoked = Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW).revokedAt(NOW.plusSeconds(5));

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(5));
    }

    @Test
    void revokingKeepsEverythingElse() {
        Grant grant = Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW);

        Grant revoked = grant.revokedAt(NOW.plusSeconds(5));

        assertThat(revoked).isEqualTo(new Grant(grant.id(), USER, LOGIN, CLIENT, Scopes.all(), NOW,
                Optional.of(NOW.plusSeconds(5))));
        assertThat(grant.isActive()).isTrue();
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        Grant once = Grant.start(USER, LOGIN, CLIENT, Scopes.all(), NOW).revokedAt(NOW.plusSeconds(5));

        Grant twice = once.revokedAt(NOW.plusSeconds(60));

        assertThat(twice).isSameAs(once);
        assertThat(twice.revokedAt()).contains(NOW.plusSeconds(5));
    }

    @Test
    void requiresEveryPart() {
        GrantId id = GrantId.random();
        assertThatThrownBy(() -> new Grant(null, USER, LOGIN, CLIENT, Scopes.all(), NOW, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, null, LOGIN, CLIENT, Scopes.all(), NOW, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, USER, null, CLIENT, Scopes.all(), NOW, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, USER, LOGIN, null, Scopes.all(), NOW, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, USER, LOGIN, CLIENT, null, NOW, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, USER, LOGIN, CLIENT, Scopes.all(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Grant(id, USER, LOGIN, CLIENT, Scopes.all(), NOW, null))
                .isInstanceOf(NullPointerException.class);
    }
}
