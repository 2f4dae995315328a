package dev.notesmcp.adapter.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The OpenID Connect relying party for one provider (Core §3.1, the authorization code flow): builds
 * the authorization request and, back at the callback, exchanges the code, verifies the ID token and
 * asks userinfo when the profile needs it. It knows nothing of allow-lists or user ids.
 */
final class OidcRelyingParty {

    /** Codes are short visible ASCII; anything else is not from the provider and is never sent on. */
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,2048}");

    private final ProviderProfile profile;
    private final URI authorizationEndpoint;
    private final Failures failures;
    private final CodeExchange exchange;
    private final IdTokenCheck idTokens;
    private final UserInfoLookup userInfo;

    private OidcRelyingParty(ProviderProfile profile, OIDCProviderMetadata metadata, BoundedHttp http) {
        this.profile = profile;
        this.authorizationEndpoint = metadata.getAuthorizationEndpointURI();
        this.failures = new Failures(profile);
        this.exchange = new CodeExchange(profile, metadata, http, failures);
        try {
            this.idTokens = new IdTokenCheck(profile, ProviderDiscovery.signingAlgorithms(metadata),
                    metadata.getJWKSetURI().toURL(), http);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ProviderDiscoveryException("the OpenID Connect provider " + profile.issuerVariable() + "="
                    + profile.issuer() + " lists a jwks_uri that is not a URL");
        }
        this.userInfo = new UserInfoLookup(metadata.getUserInfoEndpointURI(), http, failures);
        if (profile.userInfo() == ProviderProfile.UserInfoUse.ALWAYS && !userInfo.available()) {
            throw new ProviderDiscoveryException("the OpenID Connect provider " + profile.issuerVariable() + "="
                    + profile.issuer() + " lists no userinfo_endpoint, which " + profile.displayName() + " sign-in needs");
        }
    }

    /** Reads the provider's metadata (a {@link ProviderDiscoveryException} when it is not usable). */
    static OidcRelyingParty discover(ProviderProfile profile) {
        BoundedHttp http = new BoundedHttp(profile.limits());
        return new OidcRelyingParty(profile,
                ProviderDiscovery.discover(profile.issuer(), profile.issuerVariable(), http), http);
    }

    Messages messages() {
        return failures.messages();
    }

    /** Core §3.1.2.1 with PKCE S256 (RFC 7636 §4.3); the verifier itself never leaves us here. */
    URI authorizationUrl(String state, String nonce, String codeVerifier, URI callback) {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(profile.scopes().toArray(String[]::new)), new ClientID(profile.clientId()), callback)
                .endpointURI(authorizationEndpoint)
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256);
        profile.authorizationParameters().forEach(request::customParameter);
        return request.build().toURI();
    }

    /** The verified claims of the user who signed in, or a {@link SignInFailure}. */
    VerifiedClaims verify(String code, String nonce, String codeVerifier, URI callback) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new SignInFailure(messages().noCode(), "the callback carried no well-formed code");
        }
        OIDCTokens tokens = exchange.exchange(code, codeVerifier, callback);
        IDTokenClaimsSet idToken = verifiedIdToken(tokens.getIDToken(), nonce);
        boolean ask = switch (profile.userInfo()) {
            case ALWAYS -> true;
            case WHEN_NO_LOGIN_CLAIM -> userInfo.available()
                    && profile.loginClaims().stream().noneMatch(claim -> idToken.getStringClaim(claim) != null);
        };
        return new VerifiedClaims(idToken, ask ? userInfo.fetch(tokens.getAccessToken(), idToken.getSubject()) : null);
    }

    private IDTokenClaimsSet verifiedIdToken(JWT idToken, String nonce) {
        try {
            return idTokens.verify(idToken, nonce);
        } catch (BadJOSEException e) {
            throw new SignInFailure(messages().unverified(), "ID token rejected: " + withoutNonce(e.getMessage()));
        } catch (KeySourceException e) {
            // The keys could not be fetched (the issuer is down), or a refetch was refused by the rate limit.
            String user = CallFailedException.kindOf(e).map(failures::words).orElse(messages().unverified());
            String why = e instanceof RateLimitReachedException ? "fetched again too recently (Nimbus's rate limit)"
                    : Printable.of(e.getMessage());
            throw new SignInFailure(user, "ID token not checked, the issuer's keys are unavailable: " + why);
        } catch (JOSEException e) {
            throw new SignInFailure(messages().unverified(), "ID token not checked: " + Printable.of(e.getMessage()));
        }
    }

    /** Nimbus names the token's nonce when it is wrong; a nonce is a secret of some sign-in and is never logged. */
    private static String withoutNonce(String message) {
        return message != null && message.contains("nonce") ? "the nonce is not this sign-in's" : Printable.of(message);
    }
}
