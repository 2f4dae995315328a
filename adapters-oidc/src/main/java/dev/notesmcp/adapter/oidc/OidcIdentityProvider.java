package dev.notesmcp.adapter.oidc;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in with one OpenID Connect provider, configured by a preset: the relying party's verified
 * claims become a user {@code <name>:<sub>} (the only identifier; {@code email} is display only)
 * with a display login, unless the preset's allow-list refuses them. Every outcome is a value;
 * logs name the user id and the reason, never a code, token, nonce, verifier or secret.
 */
public final class OidcIdentityProvider implements UpstreamIdentityProvider {

    private static final System.Logger LOG = System.getLogger(OidcIdentityProvider.class.getName());
    private static final int MAX_LOGIN = 255;

    private final ProviderProfile profile;
    private final OidcRelyingParty relyingParty;

    OidcIdentityProvider(ProviderProfile profile, OidcRelyingParty relyingParty) {
        this.profile = profile;
        this.relyingParty = relyingParty;
    }

    @Override
    public String name() {
        return profile.name();
    }

    @Override
    public String displayName() {
        return profile.displayName();
    }

    /** Carries the sign-in's state, nonce and PKCE S256 challenge; the provider returns to {@code callback}. */
    @Override
    public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
        Objects.requireNonNull(callback, "callback");
        if (!callback.isAbsolute()) {
            throw new IllegalArgumentException("callback must be an absolute URL");
        }
        if (!signIn.provider().equals(name())) {
            throw new IllegalArgumentException("a sign-in at " + signIn.provider() + " cannot go to " + name());
        }
        return relyingParty.authorizationUrl(signIn.state(), signIn.nonce(), signIn.codeVerifier(), callback);
    }

    /** Trades the callback's code, checked against the sign-in's nonce and PKCE verifier, for who signed in. */
    @Override
    public Login identify(String code, UpstreamSignIn signIn, URI callback) {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(callback, "callback");
        try {
            VerifiedClaims claims = relyingParty.verify(code, signIn.nonce(), signIn.codeVerifier(), callback);
            UserId user = UserId.of(profile.name(), claims.subject());
            Optional<Admission.Refusal> refusal = profile.admission().refusal(claims);
            if (refusal.isPresent()) {
                LOG.log(Level.INFO, "{0} sign-in refused for {1}: {2}",
                        profile.displayName(), user, refusal.get().logReason());
                return new Refused(refusal.get().userMessage());
            }
            LOG.log(Level.DEBUG, "{0} sign-in succeeded for {1}", profile.displayName(), user);
            return new Identified(new UpstreamIdentity(user, login(claims)));
        } catch (SignInFailure e) {
            LOG.log(e.level(), "{0} sign-in failed: {1}", profile.displayName(), e.logReason());
            return new Failed(e.userMessage());
        } catch (InvalidValueException e) {
            LOG.log(Level.WARNING, "{0} sign-in failed: the ID token''s sub cannot name a user ({1})",
                    profile.displayName(), e.getMessage());
            return new Failed(relyingParty.messages().noIdentity());
        } catch (RuntimeException e) {
            // Outcomes are values for the application; a library surprise must not become an error page.
            LOG.log(Level.ERROR, "{0} sign-in failed unexpectedly: {1}", profile.displayName(), e.getClass().getName());
            return new Failed(relyingParty.messages().unexpected());
        }
    }

    /** The first usable login claim of the preset, else the subject. Display only, never an identifier. */
    private String login(VerifiedClaims claims) {
        for (String claim : profile.loginClaims()) {
            Optional<String> value = claims.text(claim).map(String::strip).filter(OidcIdentityProvider::isDisplayable);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return claims.subject();
    }

    private static boolean isDisplayable(String text) {
        return !text.isEmpty() && WellFormedText.is(text) && text.codePointCount(0, text.length()) <= MAX_LOGIN
                && text.chars().noneMatch(Character::isISOControl);
    }
}
