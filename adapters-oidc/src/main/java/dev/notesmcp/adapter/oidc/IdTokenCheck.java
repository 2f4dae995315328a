package dev.notesmcp.adapter.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import java.net.URL;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an ID token with Nimbus's {@link IDTokenValidator} (OpenID Connect Core §3.1.3.7): the
 * signature against the issuer's JWK set with one of the algorithms the metadata lists (never
 * {@code none}, never HMAC), {@code iss}, {@code aud} containing our client id, {@code azp} present
 * and ours when there are several audiences, {@code exp} and {@code iat} with a minute of clock skew, and the
 * {@code nonce} of this sign-in.
 *
 * <p>The keys come from Nimbus's remote JWK source: cached for five minutes, fetched again at once
 * for a key id it does not know (the issuer rotated its keys), and at most twice in 30 seconds so a
 * flood of forged key ids cannot make us hammer the issuer.
 */
final class IdTokenCheck {

    private final Map<String, IDTokenValidator> byIssuer;
    private final IDTokenValidator configured;
    private final String clientId;

    IdTokenCheck(ProviderProfile profile, Set<JWSAlgorithm> algorithms, URL jwksUri, BoundedHttp http) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUri, http)
                .refreshAheadCache(false)
                .build();
        JWSVerificationKeySelector<SecurityContext> selector = new JWSVerificationKeySelector<>(algorithms, keys);
        this.clientId = profile.clientId();
        ClientID client = new ClientID(clientId);
        this.byIssuer = profile.acceptedIssuers().stream().collect(Collectors.toUnmodifiableMap(
                issuer -> issuer, issuer -> new IDTokenValidator(new Issuer(issuer), client, selector, null)));
        this.configured = byIssuer.get(profile.issuer().toString());
    }

    /**
     * The verified claims of {@code idToken}. The validator is chosen by the token's unverified
     * {@code iss} among the accepted ones only so that Google's two spellings both pass; the chosen
     * validator then checks everything, the issuer included.
     */
    IDTokenClaimsSet verify(JWT idToken, String nonce) throws BadJOSEException, JOSEException {
        IDTokenClaimsSet claims = validatorFor(idToken).validate(idToken, new Nonce(nonce));
        // Nimbus 11 reads azp but does not compare it: Core §3.1.3.7 (4, 5) asks for it whenever there
        // are several audiences, and for it to be our client id whenever it is present.
        String azp = claims.getStringClaim("azp");
        if (azp == null && claims.getAudience().size() > 1) {
            throw new BadJWTException("several audiences but no authorized party (azp)");
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new BadJWTException("the authorized party (azp) is another client");
        }
        return claims;
    }

    private IDTokenValidator validatorFor(JWT idToken) {
        try {
            String issuer = idToken.getJWTClaimsSet().getIssuer();
            return issuer == null ? configured : byIssuer.getOrDefault(issuer, configured);
        } catch (ParseException e) {
            return configured; // its own parse reports the broken claims
        }
    }
}
