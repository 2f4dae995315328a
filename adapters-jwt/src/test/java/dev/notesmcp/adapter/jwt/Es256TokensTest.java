package dev.notesmcp.adapter.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import dev.notesmcp.application.port.out.MutableClock;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.SigningKey;
import dev.notesmcp.domain.token.SigningKeyRing;
import dev.notesmcp.domain.token.TokenVerification;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** ES256 tokens: signed with the current key under its kid, checked by an independent library, and every confusion refused. */
class Es256TokensTest {

    private static final String ISSUER = "https://notes.example";
    private static final String AUDIENCE = "https://notes.example/mcp";
    private static final JwtSettings SETTINGS = JwtSettings.of(ISSUER, AUDIENCE, "0123456789abcdef0123456789abcdef");
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final MutableClock clock = new MutableClock(T0);
    private final Es256Keys keys = new Es256Keys(new PrivateKeyCipher(SETTINGS.signingSecret()));
    private final SigningKey first = keys.generate(T0, T0);
    private final AtomicReference<SigningKeyRing> ring = new AtomicReference<>(new SigningKeyRing(List.of(first)));
    private final JwtAccessTokenSigner signer = JwtAccessTokenSigner.es256(ring::get, keys);
    private final JwtAccessTokenVerifier verifier = JwtAccessTokenVerifier.es256(SETTINGS, ring::get, keys, clock);

    private AccessTokenClaims claims() {
        Instant now = clock.instant();
        return new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("github:1"), "client-1", Scopes.all(), "jti-" + now,
                now, now.plus(Duration.ofHours(1)), "octocat");
    }

    private static ECPublicKey publicKey(SigningKey key) throws Exception {
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.publicKey()));
    }

    @Test
    void aTokenNamesItsKeyAndVerifiesWithAnIndependentLibrary() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(claims()));
        ECKey jwk = new ECKey.Builder(Curve.P_256, publicKey(first)).build();

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(first.keyId());
        assertThat(jwt.verify(new ECDSAVerifier(jwk))).isTrue();
        assertThat(jwk.computeThumbprint().toString()).as("the kid is the RFC 7638 thumbprint").isEqualTo(first.keyId());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("github:1");
    }

    @Test
    void ourVerifierAcceptsOurTokenWithEveryClaim() {
        AccessTokenClaims claims = claims();

        TokenVerification verification = verifier.verify(signer.sign(claims));

        assertThat(verification).isEqualTo(new TokenVerification.Verified(claims));
    }

    @Test
    void aTokenOfThePreviousKeyWorksUntilThatKeyIsRetiredAndNotAfter() throws Exception {
        String old = signer.sign(claims());
        Instant handOver = T0.plusSeconds(30);
        SigningKey next = keys.generate(T0, handOver);
        ring.set(new SigningKeyRing(List.of(first.retiredUntil(handOver.plus(Duration.ofMinutes(61))), next)));
        clock.set(handOver);

        String fresh = signer.sign(claims());

        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(next.keyId());
        assertThat(verifier.verify(old)).isInstanceOf(TokenVerification.Verified.class);
        assertThat(verifier.verify(fresh)).isInstanceOf(TokenVerification.Verified.class);
        clock.set(handOver.plus(Duration.ofMinutes(61)));
        assertThat(verifier.verify(old)).as("the old key is gone").isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void anHs256TokenMadeWithOurPublicKeyAsTheSecretIsRefused() {
        String confused = Jwts.builder().header().keyId(first.keyId()).type("at+jwt").and()
                .issuer(ISSUER).audience().add(AUDIENCE).and().subject("github:1").id("j")
                .issuedAt(Date.from(T0)).expiration(Date.from(T0.plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(first.publicKey()), Jwts.SIG.HS256).compact();

        assertThat(verifier.verify(confused)).isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = B64.encodeToString(("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + first.keyId() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String signed = signer.sign(claims());
        String unsigned = header + "." + signed.split("\\.")[1] + ".";

        assertThat(verifier.verify(unsigned)).isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void aTokenUnderAnUnknownKidOrWithoutOneIsRefused() {
        SigningKey stranger = keys.generate(T0, T0);
        String unknown = JwtAccessTokenSigner.es256(() -> new SigningKeyRing(List.of(stranger)), keys).sign(claims());
        String signed = signer.sign(claims());
        String noKid = B64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8))
                + signed.substring(signed.indexOf('.'));

        assertThat(verifier.verify(unknown)).isEqualTo(TokenVerification.rejected(
                "UnsupportedJwtException: the token's kid is not one of our accepted keys"));
        assertThat(verifier.verify(noKid)).isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void anotherKeyClaimingOurKidIsRefused() {
        SigningKey impostor = keys.generate(T0, T0);
        String forged = JwtAccessTokenSigner.es256(() -> new SigningKeyRing(List.of(impostor)), keys).sign(claims());
        String relabelled = B64.encodeToString(("{\"typ\":\"at+jwt\",\"kid\":\"" + first.keyId() + "\",\"alg\":\"ES256\"}")
                .getBytes(StandardCharsets.UTF_8)) + forged.substring(forged.indexOf('.'));

        assertThat(verifier.verify(relabelled)).isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void anHs256VerifierRefusesOurEs256TokensAndTheOtherWayRound() {
        JwtAccessTokenVerifier hs256 = new JwtAccessTokenVerifier(SETTINGS, clock);

        assertThat(hs256.verify(signer.sign(claims()))).isInstanceOf(TokenVerification.Rejected.class);
        assertThat(verifier.verify(new JwtAccessTokenSigner(SETTINGS).sign(claims())))
                .isInstanceOf(TokenVerification.Rejected.class);
    }
}
