package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.account.AccountSignInUseCase.Command;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase.NotSignedIn;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase.RedirectToProvider;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase.SignIn;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase.SignedIn;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase.UnknownProvider;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.service.account.AccountSignInService;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the connected-apps page: the authorization flow's upstream sign-in, ending with a user. */
class AccountSignInServiceTest {

    private final FakeUpstreamIdentityProvider alpha = new FakeUpstreamIdentityProvider("alpha");
    private final FakeUpstreamIdentityProvider beta = new FakeUpstreamIdentityProvider("beta");
    private final FakeAuditLog audit = new FakeAuditLog();
    private final AccountSignInService service = new AccountSignInService(new IdentityProviders(List.of(alpha, beta),
            name -> URI.create("https://notes.example/oauth/" + name + "/callback")),
            Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), audit);

    @Test
    void offersTheConfiguredProvidersInOrder() {
        assertThat(service.signInOptions()).containsExactly(new SignInOption("alpha", "Fake alpha"),
                new SignInOption("beta", "Fake beta"));
    }

    @Test
    void startsAFreshUpstreamSignInWithStatePkceAndNonceToTheProvidersCallback() {
        RedirectToProvider first = started("alpha");
        RedirectToProvider second = started("alpha");

        assertThat(first.signIn().provider()).isEqualTo("alpha");
        assertThat(first.location().toString()).startsWith(FakeUpstreamIdentityProvider.AUTHORIZE.toString())
                .contains("code_challenge=" + first.signIn().codeChallenge())
                .contains("redirect_uri=https%3A%2F%2Fnotes.example%2Foauth%2Falpha%2Fcallback");
        assertThat(second.signIn().state()).isNotEqualTo(first.signIn().state());
        assertThat(service.start("gamma")).isInstanceOf(UnknownProvider.class);
    }

    @Test
    void theKeptSignInWithItsStateSignsInTheProvidersUserAudited() {
        RedirectToProvider started = started("beta");
        beta.answers(beta.identifies("42", "ada"));

        SignIn outcome = service.complete(backAt("beta", started.signIn().state(), started.signIn()));

        assertThat(outcome).isEqualTo(new SignedIn(UserId.of("beta", "42")));
        assertThat(beta.identifiedSignIns).containsExactly(started.signIn());
        assertThat(beta.identifiedCallbacks).containsExactly(URI.create("https://notes.example/oauth/beta/callback"));
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(AuditEventKind.SIGN_IN_SUCCEEDED);
            assertThat(event.user()).contains(UserId.of("beta", "42"));
            assertThat(event.detail(AuditDetail.PROVIDER)).hasValue("beta");
        });
    }

    @Test
    void aStateThatIsNotTheKeptOneNoKeptSignInOrAnotherProvidersCallbackSignsNobodyIn() {
        RedirectToProvider started = started("alpha");
        UpstreamSignIn kept = started.signIn();

        assertThat(service.complete(backAt("alpha", UpstreamSignIn.start("alpha").state(), kept))).isInstanceOf(NotSignedIn.class);
        assertThat(service.complete(new Command("alpha", Optional.of(kept.state()), Optional.empty(),
                Optional.of("code"), Optional.empty()))).isInstanceOf(NotSignedIn.class);
        assertThat(service.complete(new Command("alpha", Optional.empty(), Optional.of(kept),
                Optional.of("code"), Optional.empty()))).isInstanceOf(NotSignedIn.class);
        assertThat(service.complete(backAt("beta", kept.state(), kept))).isInstanceOf(NotSignedIn.class);
        assertThat(alpha.identifiedCodes).isEmpty();
        assertThat(beta.identifiedCodes).isEmpty();
    }

    @Test
    void anUpstreamErrorARefusalAFailureOrAnotherProvidersUserSignsNobodyIn() {
        UpstreamSignIn kept = started("alpha").signIn();

        assertThat(service.complete(new Command("alpha", Optional.of(kept.state()), Optional.of(kept), Optional.empty(),
                Optional.of("access_denied")))).isInstanceOf(NotSignedIn.class);
        alpha.answers(new UpstreamIdentityProvider.Refused("Only members of acme may sign in."));
        assertThat(service.complete(backAt("alpha", kept.state(), kept)))
                .isEqualTo(new NotSignedIn("Only members of acme may sign in."));
        alpha.answers(new UpstreamIdentityProvider.Failed("The provider did not answer."));
        assertThat(service.complete(backAt("alpha", kept.state(), kept))).isInstanceOf(NotSignedIn.class);
        alpha.answers(beta.identifies("7", "mallory"));
        assertThat(service.complete(backAt("alpha", kept.state(), kept))).isInstanceOf(NotSignedIn.class);

        assertThat(audit.kinds()).containsExactly(AuditEventKind.SIGN_IN_FAILED, AuditEventKind.SIGN_IN_REFUSED,
                AuditEventKind.SIGN_IN_FAILED, AuditEventKind.SIGN_IN_FAILED);
    }

    private RedirectToProvider started(String provider) {
        var start = service.start(provider);
        assertThat(start).isInstanceOf(RedirectToProvider.class);
        return (RedirectToProvider) start;
    }

    private static Command backAt(String provider, String state, UpstreamSignIn kept) {
        return new Command(provider, Optional.of(state), Optional.of(kept), Optional.of("code-1"), Optional.empty());
    }
}
