package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.TokenVerification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs by writing the claims into the token and remembering them; verifies only what it signed
 * (no expiry check: revocation is what the tests look at).
 */
final class FakeAccessTokens implements AccessTokenSigner, AccessTokenVerifier {

    private final Map<String, AccessTokenClaims> signed = new ConcurrentHashMap<>();

    @Override
    public String sign(AccessTokenClaims claims) {
        String token = "fake-at." + claims.tokenId() + "." + claims.clientId() + "." + claims.subject() + "."
                + claims.scopes().asString().replace(' ', '+');
        signed.put(token, claims);
        return token;
    }

    @Override
    public TokenVerification verify(String token) {
        AccessTokenClaims claims = signed.get(token);
        return claims == null ? TokenVerification.rejected("not signed by the fake") : new TokenVerification.Verified(claims);
    }

    /** The claims of a token this fake signed. */
    AccessTokenClaims claims(String token) {
        return Optional.ofNullable(signed.get(token)).orElseThrow(() -> new AssertionError("not a token we signed"));
    }
}
