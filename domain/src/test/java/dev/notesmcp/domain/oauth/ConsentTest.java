package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentTest {

    private static final Scopes READ = Scopes.of(Scope.NOTES_READ);
    private static final Scopes WRITE = Scopes.of(Scope.NOTES_WRITE);

    @Test
    void coversWhatWasGranted() {
        Consent consent = new Consent(USER, CLIENT, Scopes.all(), NOW);

        assertThat(consent.covers(Scopes.all())).isTrue();
        assertThat(consent.covers(READ)).isTrue();
        assertThat(consent.covers(WRITE)).isTrue();
    }

    @Test
    void doesNotCoverMoreThanWasGranted() {
        Consent consent = new Consent(USER, CLIENT, READ, NOW);

        assertThat(consent.covers(READ)).isTrue();
        assertThat(consent.covers(WRITE)).isFalse();
        assertThat(consent.covers(Scopes.all())).isFalse();
    }

    @Test
    void anEmptyConsentCoversOnlyAnEmptyRequest() {
        Consent consent = new Consent(USER, CLIENT, Scopes.of(), NOW);

        assertThat(consent.covers(Scopes.of())).isTrue();
        assertThat(consent.covers(READ)).isFalse();
    }

    @Test
    void includingAddsToWhatWasGiven() {
        Consent consent = new Consent(USER, CLIENT, READ, NOW);

        Consent widened = consent.including(WRITE, NOW.plusSeconds(60));

        assertThat(widened.scopes()).isEqualTo(Scopes.all());
        assertThat(widened.covers(Scopes.all())).isTrue();
        assertThat(widened.grantedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(widened.user()).isEqualTo(USER);
        assertThat(widened.client()).isEqualTo(CLIENT);
    }

    @Test
    void includingNeverNarrows() {
        Consent consent = new Consent(USER, CLIENT, Scopes.all(), NOW);

        assertThat(consent.including(READ, NOW.plusSeconds(1)).scopes()).isEqualTo(Scopes.all());
        assertThat(consent.including(Scopes.of(), NOW.plusSeconds(1)).scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void includingLeavesTheOriginalAlone() {
        Consent consent = new Consent(USER, CLIENT, READ, NOW);

        consent.including(WRITE, NOW.plusSeconds(1));

        assertThat(consent.scopes()).isEqualTo(READ);
        assertThat(consent.grantedAt()).isEqualTo(NOW);
    }

    @Test
    void requiresEveryPart() {
        assertThatThrownBy(() -> new Consent(null, CLIENT, READ, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Consent(USER, null, READ, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Consent(USER, CLIENT, null, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Consent(USER, CLIENT, READ, null)).isInstanceOf(NullPointerException.class);
    }
}
