package dev.notesmcp.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.notesmcp.application.service.token.SigningKeyCache;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code JWT_ALGORITHM=ES256} with two instances on one PostgreSQL and one clock: tokens verify
 * through the published JWK Set with an independent library (Nimbus); {@code admin keys rotate}
 * is honoured by both instances within the key cache's bound; a token of the previous key keeps
 * working until it expires, after which the key leaves the set; confused tokens are refused.
 */
class Es256EndToEndTest {

    private static final TestSchema SCHEMA = TestSchema.fresh("notes_mcp_es256_");

    private static final TestClock CLOCK = new TestClock();
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void start() {
        int portA = TestServer.freePort();
        Map<String, String> shared = new HashMap<>(SCHEMA.variables());
        shared.putAll(Map.of("IDENTITY_PROVIDERS", "dev", "PUBLIC_URL", "http://localhost:" + portA, "JWT_ALGORITHM", "ES256"));
        Map<String, String> onA = new HashMap<>(shared);
        onA.put("PORT", String.valueOf(portA));
        a = TestServer.start(onA, CLOCK);
        b = TestServer.start(shared, CLOCK);
    }

    @AfterAll
    static void stop() throws SQLException {
        b.close();
        a.close();
        SCHEMA.drop();
    }

    private static JWKSet jwks(TestServer server) throws Exception {
        HttpResponse<String> response = RawHttp.get(server.baseUrl() + "/.well-known/jwks.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=15");
        return JWKSet.parse(response.body());
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    /** Verifies as another service would: the key the token names, from the published set, with Nimbus. */
    private static boolean verifiesThrough(JWKSet set, String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        ECKey key = (ECKey) set.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && !key.isPrivate() && jwt.verify(new ECDSAVerifier(key));
    }

    private static int mcpStatus(TestServer server, String token) {
        return RawHttp.postMcp(server, token, RawHttp.TOOLS_LIST).statusCode();
    }

    @Test
    void tokensVerifyThroughTheKeySetAndARotationIsHonouredByBothInstances() throws Exception {
        SignInFlow flow = SignInFlow.discover(a, SignInFlow.devLogin("es256-user"));
        String metadata = RawHttp.get(a.baseUrl() + "/.well-known/oauth-authorization-server").body();
        assertThat(OAuthClient.jsonString(metadata, "jwks_uri")).isEqualTo(flow.issuer + "/.well-known/jwks.json");
        OAuthClient client = flow.register("es256 client");
        SignInFlow.TokenPair first = flow.signIn(client);
        String oldKid = kid(first.accessToken());

        assertThat(verifiesThrough(jwks(a), first.accessToken())).isTrue();
        assertThat(verifiesThrough(jwks(b), first.accessToken())).as("one key set on both").isTrue();
        assertThat(mcpStatus(a, first.accessToken())).isEqualTo(200);
        assertThat(mcpStatus(b, first.accessToken())).isEqualTo(200);

        AdminKeysCommand.Outcome rotated = AdminKeysCommand.run(a.settings(), List.of("keys", "rotate"), CLOCK);
        assertThat(rotated.exitCode()).as(rotated.message()).isEqualTo(AdminKeysCommand.DONE);
        String newKid = rotated.message().split(" ")[3].replace(":", "");
        assertThat(newKid).isNotEqualTo(oldKid);

        // Within the bound, both instances publish the new key and sign with it; the old one still verifies.
        CLOCK.advance(SigningKeyCache.DEFAULT_REFRESH);
        assertThat(jwks(b).getKeys()).extracting(key -> key.getKeyID()).containsExactlyInAnyOrder(oldKid, newKid);
        SignInFlow.TokenPair refreshed = SignInFlow.TokenPair.issued(
                client.refresh(java.net.URI.create(b.baseUrl() + "/token"), first.refreshToken()), first.scope());
        assertThat(kid(refreshed.accessToken())).as("B signs with the key rotated elsewhere").isEqualTo(newKid);
        assertThat(kid(flow.signIn(flow.register("after rotation")).accessToken())).as("so does A").isEqualTo(newKid);
        assertThat(verifiesThrough(jwks(a), refreshed.accessToken())).isTrue();
        assertThat(mcpStatus(a, refreshed.accessToken())).isEqualTo(200);
        assertThat(mcpStatus(b, first.accessToken())).as("the previous key's token still works").isEqualTo(200);

        // Once every token of the old key has expired (TTL + skew past the hand-over), the key is gone.
        CLOCK.advance(a.settings().accessTokenTtl().plus(TokenSigning.CLOCK_SKEW));
        assertThat(mcpStatus(a, first.accessToken())).isEqualTo(401);
        assertThat(jwks(a).getKeys()).extracting(key -> key.getKeyID()).containsExactly(newKid);
        assertThat(jwks(b).getKeys()).extracting(key -> key.getKeyID()).containsExactly(newKid);
    }

    @Test
    void confusedTokensAreRefused() throws Exception {
        SignInFlow flow = SignInFlow.discover(a, SignInFlow.devLogin("es256-confused"));
        String token = flow.signIn(flow.register("confusion")).accessToken();
        ECKey published = (ECKey) jwks(a).getKeyByKeyId(kid(token));
        String payload = token.split("\\.")[1];
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();

        String withPublicKeyAsSecret = hs256(flow, published.getKeyID(), published.toECPublicKey().getEncoded());
        String withTheSharedSecret = hs256(flow, published.getKeyID(), TestServer.SECRET.getBytes(StandardCharsets.UTF_8));
        String unsigned = b64.encodeToString(("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + published.getKeyID()
                + "\"}").getBytes(StandardCharsets.UTF_8)) + "." + payload + ".";
        String unknownKid = b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"not-ours\"}"
                .getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));

        assertThat(mcpStatus(b, token)).isEqualTo(200);
        assertThat(mcpStatus(b, withPublicKeyAsSecret)).isEqualTo(401);
        assertThat(mcpStatus(b, unsigned)).isEqualTo(401);
        assertThat(mcpStatus(b, unknownKid)).isEqualTo(401);
        assertThat(mcpStatus(b, withTheSharedSecret)).as("HS256 with the shared secret is not ours any more")
                .isEqualTo(401);
    }

    /** A token right in every claim, HS256 under {@code secret}, naming our key. */
    private static String hs256(SignInFlow flow, String kid, byte[] secret) {
        return Jwts.builder().header().keyId(kid).type("at+jwt").and()
                .issuer(flow.issuer).audience().add(flow.resource).and().subject("dev:es256-confused").id("x")
                .issuedAt(Date.from(CLOCK.instant())).expiration(Date.from(CLOCK.instant().plusSeconds(600)))
                .claim("client_id", "c").claim("scope", "notes:read notes:write").claim("login", "es256-confused")
                .signWith(Keys.hmacShaKeyFor(secret), Jwts.SIG.HS256).compact();
    }

    @Test
    void withHs256ThereIsNoKeySet() {
        try (TestServer hs256 = TestServer.start()) {
            assertThat(RawHttp.get(hs256.baseUrl() + "/.well-known/jwks.json").statusCode()).isEqualTo(404);
            assertThat(RawHttp.get(hs256.baseUrl() + "/.well-known/oauth-authorization-server").body())
                    .doesNotContain("jwks_uri");
        }
    }

    @Test
    void adminKeysRotateSaysWhatToFixWithoutTouchingAnything() {
        AdminKeysCommand.Outcome usage = AdminKeysCommand.run(a.settings(), List.of("keys"), CLOCK);
        try (TestServer hs256 = TestServer.start()) {
            AdminKeysCommand.Outcome noKeys = AdminKeysCommand.run(hs256.settings(), List.of("keys", "rotate"), CLOCK);
            assertThat(noKeys.exitCode()).isEqualTo(AdminKeysCommand.USAGE_ERROR);
            assertThat(noKeys.message()).contains("JWT_ALGORITHM=ES256");
        }
        assertThat(usage).isEqualTo(new AdminKeysCommand.Outcome(AdminKeysCommand.USAGE_ERROR, AdminKeysCommand.USAGE));
    }
}
