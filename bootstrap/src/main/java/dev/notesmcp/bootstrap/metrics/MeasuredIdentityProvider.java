package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.Metrics.SignInOutcome;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.net.URI;

/**
 * An identity provider whose every answer to a sign-in is counted by provider and outcome
 * ({@code notes_mcp_sign_ins_total}): identified, refused by a policy, or failed.
 */
public final class MeasuredIdentityProvider implements UpstreamIdentityProvider {

    private final UpstreamIdentityProvider provider;
    private final Metrics metrics;

    private MeasuredIdentityProvider(UpstreamIdentityProvider provider, Metrics metrics) {
        this.provider = provider;
        this.metrics = metrics;
    }

    public static UpstreamIdentityProvider of(UpstreamIdentityProvider provider, Metrics metrics) {
        return metrics == Metrics.none() ? provider : new MeasuredIdentityProvider(provider, metrics);
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public String displayName() {
        return provider.displayName();
    }

    @Override
    public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
        return provider.authorizationUrl(signIn, callback);
    }

    @Override
    public Login identify(String code, UpstreamSignIn signIn, URI callback) {
        Login login = provider.identify(code, signIn, callback);
        metrics.signIn(provider.name(), switch (login) {
            case Identified identified -> SignInOutcome.SUCCEEDED;
            case Refused refused -> SignInOutcome.REFUSED;
            case Failed failed -> SignInOutcome.FAILED;
        });
        return login;
    }
}
