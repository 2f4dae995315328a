package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.at;
import static dev.notesmcp.application.port.out.OAuthFixtures.consent;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshClientId;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ConsentRepository} must do: one consent per (user, client), a later save
 * replacing the earlier one. A store's test extends this class and supplies
 * {@link #newRepository()}; every test uses fresh users and clients.
 */
public abstract class ConsentRepositoryContract {

    protected final UserId alice = freshUser();
    protected final UserId bob = freshUser();
    protected final ClientId inspector = freshClientId();
    protected final ClientId editor = freshClientId();
    protected ConsentRepository consents;

    /** The store under test; may be shared between tests. */
    protected abstract ConsentRepository newRepository();

    @BeforeEach
    void createRepository() {
        consents = newRepository();
    }

    @Test
    void findsNothingBeforeAnyConsent() {
        assertThat(consents.find(alice, inspector)).isEmpty();
    }

    @Test
    void findsASavedConsentExactlyAsSaved() {
        Consent consent = consent(alice, inspector, Scopes.of(Scope.NOTES_READ),
                Instant.parse("2025-03-01T12:00:00.123456Z"));

        consents.save(consent);

        assertThat(consents.find(alice, inspector)).contains(consent);
    }

    @Test
    void aLaterSaveReplacesTheEarlierConsent() {
        consents.save(consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0));
        Consent wider = consent(alice, inspector, Scopes.all(), at(60));

        consents.save(wider);

        assertThat(consents.find(alice, inspector)).contains(wider);
    }

    @Test
    void aLaterSaveReplacesEvenWithFewerScopes() {
        consents.save(consent(alice, inspector, Scopes.all(), T0));
        Consent narrower = consent(alice, inspector, Scopes.of(Scope.NOTES_WRITE), at(60));

        consents.save(narrower);

        assertThat(consents.find(alice, inspector)).contains(narrower);
    }

    @Test
    void aConsentBelongsToOneUserAndOneClient() {
        Consent alicesForInspector = consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0);
        consents.save(alicesForInspector);

        assertThat(consents.find(alice, editor)).isEmpty();
        assertThat(consents.find(bob, inspector)).isEmpty();
    }

    @Test
    void removingAUsersConsentsForgetsThemOverEveryClientAndLeavesOtherUsersAlone() {
        Consent bobsForInspector = consent(bob, inspector, Scopes.of(Scope.NOTES_WRITE), T0);
        consents.save(consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0));
        consents.save(consent(alice, editor, Scopes.all(), at(1)));
        consents.save(bobsForInspector);

        assertThat(consents.removeAll(alice)).isEqualTo(2);

        assertThat(consents.find(alice, inspector)).isEmpty();
        assertThat(consents.find(alice, editor)).isEmpty();
        assertThat(consents.find(bob, inspector)).contains(bobsForInspector);
        assertThat(consents.removeAll(alice)).as("nothing left to forget").isZero();
    }

    @Test
    void removingEveryConsentOfAClientLeavesOtherClientsAlone() {
        Consent alicesForEditor = consent(alice, editor, Scopes.all(), at(1));
        consents.save(consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0));
        consents.save(alicesForEditor);
        consents.save(consent(bob, inspector, Scopes.of(Scope.NOTES_WRITE), at(2)));

        assertThat(consents.removeAll(inspector)).isEqualTo(2);

        assertThat(consents.find(alice, inspector)).isEmpty();
        assertThat(consents.find(bob, inspector)).isEmpty();
        assertThat(consents.find(alice, editor)).contains(alicesForEditor);
        assertThat(consents.removeAll(inspector)).as("nothing left to forget").isZero();
    }

    @Test
    void removingOneConsentLeavesTheUsersOtherClientsAndOtherUsersAlone() {
        Consent alicesForEditor = consent(alice, editor, Scopes.all(), at(1));
        Consent bobsForInspector = consent(bob, inspector, Scopes.of(Scope.NOTES_WRITE), at(2));
        consents.save(consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0));
        consents.save(alicesForEditor);
        consents.save(bobsForInspector);

        assertThat(consents.remove(alice, inspector)).isTrue();

        assertThat(consents.find(alice, inspector)).isEmpty();
        assertThat(consents.find(alice, editor)).contains(alicesForEditor);
        assertThat(consents.find(bob, inspector)).contains(bobsForInspector);
        assertThat(consents.remove(alice, inspector)).as("already forgotten").isFalse();
    }

    @Test
    void savingForAnotherPairLeavesTheFirstAlone() {
        Consent alicesForInspector = consent(alice, inspector, Scopes.of(Scope.NOTES_READ), T0);
        Consent alicesForEditor = consent(alice, editor, Scopes.all(), at(1));
        Consent bobsForInspector = consent(bob, inspector, Scopes.of(Scope.NOTES_WRITE), at(2));

        consents.save(alicesForInspector);
        consents.save(alicesForEditor);
        consents.save(bobsForInspector);

        assertThat(consents.find(alice, inspector)).contains(alicesForInspector);
        assertThat(consents.find(alice, editor)).contains(alicesForEditor);
        assertThat(consents.find(bob, inspector)).contains(bobsForInspector);
        assertThat(consents.find(bob, editor)).isEmpty();
    }
}
