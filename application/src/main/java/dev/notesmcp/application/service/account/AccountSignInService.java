package dev.notesmcp.application.service.account;

import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.application.service.oauth.IdentityProviders;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The connected-apps page's sign-in. The callback's {@code state} must be the one this browser
 * kept (compared in constant time) and come back to the callback of the provider it was sent to;
 * then the provider checks the code against the kept PKCE verifier and nonce. Audited like the
 * authorization flow's sign-ins, without a client.
 */
public final class AccountSignInService implements AccountSignInUseCase {

    private static final String START_AGAIN = " Please sign in again from the connected-apps page.";

    private final IdentityProviders providers;
    private final Auditor audit;

    public AccountSignInService(IdentityProviders providers, Clock clock, AuditLog audit) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.audit = new Auditor(audit, clock);
    }

    @Override
    public List<SignInOption> signInOptions() {
        return providers.all().stream().map(p -> new SignInOption(p.name(), p.displayName())).toList();
    }

    @Override
    public Start start(String provider) {
        Optional<UpstreamIdentityProvider> found = providers.find(provider);
        if (found.isEmpty()) {
            return new UnknownProvider("This server does not offer that sign-in.");
        }
        UpstreamSignIn signIn = UpstreamSignIn.start(provider);
        return new RedirectToProvider(found.get().authorizationUrl(signIn, providers.callback(provider)), signIn);
    }

    @Override
    public SignIn complete(Command command) {
        if (command.state().isEmpty() || command.started().isEmpty()
                || !sameSecret(command.state().get(), command.started().get().state())) {
            return new NotSignedIn("This sign-in was not started in this browser, or has expired." + START_AGAIN);
        }
        UpstreamSignIn signIn = command.started().get();
        Optional<UpstreamIdentityProvider> provider = providers.find(signIn.provider());
        if (!signIn.provider().equals(command.provider()) || provider.isEmpty()) {
            return new NotSignedIn("This sign-in came back to the address of another provider; nothing was signed in."
                    + START_AGAIN);
        }
        if (command.error().isPresent() || command.code().isEmpty()) {
            failed(AuditEventKind.SIGN_IN_FAILED, signIn.provider());
            return new NotSignedIn("The sign-in at " + provider.get().displayName() + " was not completed." + START_AGAIN);
        }
        return switch (provider.get().identify(command.code().get(), signIn, providers.callback(signIn.provider()))) {
            case UpstreamIdentityProvider.Refused refused -> {
                failed(AuditEventKind.SIGN_IN_REFUSED, signIn.provider());
                yield new NotSignedIn(refused.message());
            }
            case UpstreamIdentityProvider.Failed failed -> {
                failed(AuditEventKind.SIGN_IN_FAILED, signIn.provider());
                yield new NotSignedIn(failed.message());
            }
            case UpstreamIdentityProvider.Identified identified when !signIn.signsIn(identified.identity().user()) -> {
                // A provider names its own users; anything else would let one provider speak for another's.
                failed(AuditEventKind.SIGN_IN_FAILED, signIn.provider());
                yield new NotSignedIn("The sign-in answer named a user of another provider." + START_AGAIN);
            }
            case UpstreamIdentityProvider.Identified identified -> {
                audit.record(AuditEventKind.SIGN_IN_SUCCEEDED, event -> event.user(identified.identity().user())
                        .with(AuditDetail.PROVIDER, signIn.provider()));
                yield new SignedIn(identified.identity().user());
            }
        };
    }

    private void failed(AuditEventKind kind, String provider) {
        audit.record(kind, event -> event.with(AuditDetail.PROVIDER, provider));
    }

    private static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
