package dev.notesmcp.adapter.jwt;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JwtAccessTokenSigner} and {@link JwtAccessTokenVerifier} together: what one signs, the other must judge. */
class JwtTokensTest {

    private static final String ISSUER = "https://notes.example";
    private static final String AUDIENCE = "https://notes.example/mcp";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String LONG_SECRET = "0123456789abcdef".repeat(4); // 64 bytes: HS512 would accept it
    private static final Instant IAT = Instant.parse("2025-03-01T12:00:00Z");
    private static final Instant EXP = IAT.plusSeconds(3600);
    private static final Instant DURING = IAT.plusSeconds(60);

    private static final JwtSettings SETTINGS = JwtSettings.of(ISSUER, AUDIENCE, SECRET);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static AccessTokenClaims claims() {
        return new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("github:1234567"), "client-1",
                Scopes.of(Scope.NOTES_READ, Scope.NOTES_WRITE), "jti-1", IAT, EXP, "octocat");
    }

    private static JwtAccessTokenVerifier verifierAt(JwtSettings settings, Instant now) {
        return new JwtAccessTokenVerifier(settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TokenVerification verify(String token) {
        return verifierAt(SETTINGS, DURING).verify(token);
    }

    private static String sign(AccessTokenClaims claims) {
        return new JwtAccessTokenSigner(SETTINGS).sign(claims);
    }

    /** A token built by hand with jjwt, all claims right unless {@code adjust} changes them. */
    private static String handMade(String secret, io.jsonwebtoken.security.MacAlgorithm algorithm, UnaryOperator<JwtBuilder> adjust) {
        JwtBuilder builder = Jwts.builder()
                .header().type("at+jwt").and()
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .subject("github:1234567")
                .id("jti-1")
                .issuedAt(Date.from(IAT))
                .expiration(Date.from(EXP))
                .claim("client_id", "client-1")
                .claim("scope", "notes:read");
        return adjust.apply(builder)
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), algorithm)
                .compact();
    }

    private static String handMade(UnaryOperator<JwtBuilder> adjust) {
        return handMade(SECRET, Jwts.SIG.HS256, adjust);
    }

    private static String part(String token, int index) {
        return token.split("\\.", -1)[index];
    }

    private static String json(String base64Url) {
        return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String validPayloadJson() {
        return json(part(sign(claims()), 1));
    }

    private static void assertRejected(TokenVerification verification) {
        assertThat(verification).isInstanceOfSatisfying(TokenVerification.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
    }

    // ---- signing

    @Test
    void signsACompactJwsOfThreeParts() {
        assertThat(sign(claims()).split("\\.", -1)).hasSize(3).allSatisfy(p -> assertThat(p).isNotEmpty());
    }

    @Test
    void signsWithHs256AndTheAccessTokenType() {
        String header = json(part(sign(claims()), 0));

        assertThat(header).contains("\"alg\":\"HS256\"").contains("\"typ\":\"at+jwt\"");
    }

    @Test
    void writesTheClaimsUnderTheirWireNames() {
        String payload = validPayloadJson();

        assertThat(payload)
                .contains("\"iss\":\"" + ISSUER + "\"")
                .contains("\"aud\":\"" + AUDIENCE + "\"")
                .contains("\"sub\":\"github:1234567\"")
                .contains("\"jti\":\"jti-1\"")
                .contains("\"client_id\":\"client-1\"")
                .contains("\"scope\":\"notes:read notes:write\"")
                .contains("\"login\":\"octocat\"")
                .contains("\"iat\":" + IAT.getEpochSecond())
                .contains("\"exp\":" + EXP.getEpochSecond());
    }

    @Test
    void neverPutsTheSecretInTheToken() {
        String token = sign(claims());

        assertThat(json(part(token, 0)) + json(part(token, 1))).doesNotContain(SECRET);
    }

    // ---- round trip

    @Test
    void verifiesWhatItSigned() {
        assertThat(verify(sign(claims()))).isEqualTo(new TokenVerification.Verified(claims()));
    }

    @Test
    void verifiesAReadOnlyToken() {
        AccessTokenClaims readOnly = new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("github:1"), "client-1",
                Scopes.of(Scope.NOTES_READ), "jti-2", IAT, EXP, "octocat");

        assertThat(verify(sign(readOnly))).isEqualTo(new TokenVerification.Verified(readOnly));
    }

    @Test
    void verifiesATokenWithoutLoginOrScopes() {
        AccessTokenClaims bare = new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("dev:alice"), "client-1",
                Scopes.of(), "jti-3", IAT, EXP, null);

        assertThat(verify(sign(bare))).isEqualTo(new TokenVerification.Verified(bare));
    }

    @Test
    void verifiesUntilJustBeforeExpiry() {
        assertThat(verifierAt(SETTINGS, EXP.minusMillis(1)).verify(sign(claims())))
                .isInstanceOf(TokenVerification.Verified.class);
    }

    // ---- rejections

    @Test
    void rejectsATokenSignedWithAnotherSecret() {
        String token = new JwtAccessTokenSigner(JwtSettings.of(ISSUER, AUDIENCE, SECRET.toUpperCase())).sign(claims());

        assertRejected(verify(token));
    }

    @Test
    void rejectsATamperedPayload() {
        String token = sign(claims());
        String forgedPayload = b64(validPayloadJson().replace("github:1234567", "github:7654321"));

        assertRejected(verify(part(token, 0) + "." + forgedPayload + "." + part(token, 2)));
    }

    @Test
    void rejectsATamperedScope() {
        AccessTokenClaims readOnly = new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("github:1"), "client-1",
                Scopes.of(Scope.NOTES_READ), "jti-2", IAT, EXP, "octocat");
        String token = sign(readOnly);
        String forgedPayload = b64(json(part(token, 1)).replace("\"notes:read\"", "\"notes:read notes:write\""));

        assertRejected(verify(part(token, 0) + "." + forgedPayload + "." + part(token, 2)));
    }

    @Test
    void rejectsATamperedSignature() {
        String token = sign(claims());
        String signature = part(token, 2);
        char flipped = signature.charAt(5) == 'A' ? 'B' : 'A';
        String forged = signature.substring(0, 5) + flipped + signature.substring(6);

        assertRejected(verify(part(token, 0) + "." + part(token, 1) + "." + forged));
    }

    @Test
    void rejectsAnotherIssuer() {
        String token = new JwtAccessTokenSigner(JwtSettings.of("https://evil.example", AUDIENCE, SECRET))
                .sign(new AccessTokenClaims("https://evil.example", AUDIENCE, new UserId("github:1"), "client-1",
                        Scopes.all(), "jti-1", IAT, EXP, "octocat"));

        assertRejected(verify(token));
    }

    @Test
    void rejectsAVerifierOfAnotherIssuer() {
        JwtSettings otherIssuer = JwtSettings.of("https://other.example", AUDIENCE, SECRET);

        assertRejected(verifierAt(otherIssuer, DURING).verify(sign(claims())));
    }

    @Test
    void rejectsAnotherAudience() {
        String token = sign(new AccessTokenClaims(ISSUER, "https://other.example/mcp", new UserId("github:1"), "client-1",
                Scopes.all(), "jti-1", IAT, EXP, "octocat"));

        assertRejected(verify(token));
    }

    @Test
    void rejectsAnExpiredToken() {
        assertRejected(verifierAt(SETTINGS, EXP.plusSeconds(1)).verify(sign(claims())));
    }

    @Test
    void saysWhenATokenExpired() {
        assertThat(verifierAt(SETTINGS, EXP.plusSeconds(3600)).verify(sign(claims())))
                .isEqualTo(TokenVerification.rejected("token expired"));
    }

    @Test
    void rejectsAnUnsignedAlgNoneToken() {
        String token = b64("{\"alg\":\"none\"}") + "." + b64(validPayloadJson()) + ".";

        assertRejected(verify(token));
    }

    @Test
    void rejectsAnUnsignedAlgNoneTokenWithTheAccessTokenType() {
        String token = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}") + "." + b64(validPayloadJson()) + ".";

        assertRejected(verify(token));
    }

    @Test
    void rejectsAnAlgNoneHeaderOnARealSignature() {
        String real = sign(claims());
        String token = b64("{\"alg\":\"none\"}") + "." + part(real, 1) + "." + part(real, 2);

        assertRejected(verify(token));
    }

    @Test
    void rejectsAnHs256HeaderWithoutSignature() {
        String real = sign(claims());

        assertRejected(verify(part(real, 0) + "." + part(real, 1) + "."));
    }

    @Test
    void rejectsATokenAtExactlyItsExpiry() {
        assertRejected(verifierAt(SETTINGS, EXP).verify(sign(claims())));
    }

    @Test
    void rejectsAJwtThatIsNotTypedAsAnAccessToken() {
        assertRejected(verify(handMade(b -> b.header().type("JWT").and())));
    }

    @Test
    void rejectsATokenForSeveralAudiencesEvenIfOursIsAmongThem() {
        assertRejected(verify(handMade(b -> b.audience().add("https://other.example").and())));
    }

    @Test
    void rejectsHs512EvenWithTheVerifiersOwnSecret() {
        JwtSettings longSecret = JwtSettings.of(ISSUER, AUDIENCE, LONG_SECRET);
        String hs512 = handMade(LONG_SECRET, Jwts.SIG.HS512, b -> b);

        TokenVerification verification = verifierAt(longSecret, DURING).verify(hs512);

        assertRejected(verification);
        assertThat(((TokenVerification.Rejected) verification).reason()).contains("HS512");
    }

    @Test
    void rejectsHs384EvenWithTheVerifiersOwnSecret() {
        JwtSettings longSecret = JwtSettings.of(ISSUER, AUDIENCE, LONG_SECRET);

        assertRejected(verifierAt(longSecret, DURING).verify(handMade(LONG_SECRET, Jwts.SIG.HS384, b -> b)));
    }

    @Test
    void acceptsAHandMadeHs256TokenWithAllClaims() {
        // the baseline for the "missing claim" tests below: only the named claim is missing there
        assertThat(verify(handMade(b -> b))).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void rejectsATokenWithoutJti() {
        assertRejected(verify(handMade(b -> b.id(null))));
    }

    @Test
    void rejectsATokenWithoutSubject() {
        assertRejected(verify(handMade(b -> b.subject(null))));
    }

    @Test
    void rejectsATokenWithAMalformedSubject() {
        assertRejected(verify(handMade(b -> b.subject("1234567"))));
    }

    @Test
    void rejectsATokenWithoutClientId() {
        assertRejected(verify(handMade(b -> b.claim("client_id", null))));
    }

    @Test
    void rejectsATokenWithoutExpiry() {
        assertRejected(verify(handMade(b -> b.expiration(null))));
    }

    @Test
    void rejectsATokenWithoutIssuedAt() {
        assertRejected(verify(handMade(b -> b.issuedAt(null))));
    }

    @Test
    void rejectsATokenWithoutAudience() {
        assertRejected(verify(handMade(b -> b.claim("aud", null))));
    }

    @Test
    void rejectsATokenWithoutIssuer() {
        assertRejected(verify(handMade(b -> b.issuer(null))));
    }

    @Test
    void rejectsATokenThatExpiresBeforeItWasIssued() {
        assertRejected(verify(handMade(b -> b.issuedAt(Date.from(EXP.plusSeconds(10))))));
    }

    @Test
    void rejectsAnUnknownScope() {
        assertRejected(verify(handMade(b -> b.claim("scope", "notes:read notes:admin"))));
    }

    @Test
    void rejectsAScopeThatIsNotAString() {
        assertRejected(verify(handMade(b -> b.claim("scope", List.of("notes:read")))));
    }

    // ---- claim types (RFC 7519 §4.1): jjwt alone would convert "exp":"1740834000" to a date

    /** A token with exactly this payload, correctly signed: only the JSON types are wrong, if anything. */
    private static String signedPayload(String payloadJson) {
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"at+jwt\"}") + "." + b64(payloadJson);
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our payload with one member replaced ({@code "name":json}), or added when the token has none. */
    private static String payloadWith(String name, String json) {
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"github:1234567\","
                + "\"jti\":\"jti-1\",\"iat\":" + IAT.getEpochSecond() + ",\"exp\":" + EXP.getEpochSecond() + ","
                + "\"client_id\":\"client-1\",\"scope\":\"notes:read\",\"login\":\"octocat\"}";
        java.util.regex.Matcher member = java.util.regex.Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[0-9]+)").matcher(payload);
        String replacement = java.util.regex.Matcher.quoteReplacement("\"" + name + "\":" + json);
        return member.find() ? member.replaceFirst(replacement) : "{\"" + name + "\":" + json + "," + payload.substring(1);
    }

    @Test
    void acceptsTheHandSignedBaselinePayload() {
        // the baseline for the claim-type tests below: only the named member differs there
        assertThat(verify(signedPayload(payloadWith("exp", String.valueOf(EXP.getEpochSecond())))))
                .isEqualTo(new TokenVerification.Verified(new AccessTokenClaims(ISSUER, AUDIENCE, new UserId("github:1234567"),
                        "client-1", Scopes.of(Scope.NOTES_READ), "jti-1", IAT, EXP, "octocat")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "exp | '\"1740834000\"'",
            "exp | '\"2025-03-01T13:00:00Z\"'",
            "exp | true",
            "exp | '[1740834000]'",
            "exp | '{\"value\":1740834000}'",
            "exp | null",
            "iat | '\"1740830400\"'",
            "nbf | '\"1740830400\"'",
            "nbf | '\"2025-03-01T12:00:00Z\"'",
            "sub | '[\"github:1234567\"]'",
            "jti | 42",
            "iss | '[\"https://notes.example\"]'",
            "client_id | 42",
            "login | 42",
            "login | '[\"octocat\"]'",
            "scope | 42",
            "aud | 42",
            "aud | '[\"https://notes.example/mcp\", 42]'",
            "aud | '{\"aud\":\"https://notes.example/mcp\"}'"})
    void rejectsAClaimOfTheWrongJsonType(String claim, String json) {
        TokenVerification verification = verify(signedPayload(payloadWith(claim, json)));

        assertRejected(verification);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "aud | '[\"https://notes.example/mcp\"]'",
            "nbf | 1740830400",
            "exp | 1740834000.5"})
    void acceptsEveryJsonShapeTheRfcAllows(String claim, String json) {
        assertThat(verify(signedPayload(payloadWith(claim, json)))).isInstanceOf(TokenVerification.Verified.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b", "a.b.c", "..", "...", "Bearer abc", "eyJhbGciOiJIUzI1NiJ9",
            "eyJhbGciOiJIUzI1NiJ9.e30.", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA", "%%%.%%%.%%%", "\u00e9\u00e9.\u00e9\u00e9.\u00e9\u00e9",
            "e30.e30.e30", "bnVsbA.bnVsbA.bnVsbA"})
    void rejectsGarbage(String token) {
        assertRejected(verify(token));
    }

    @Test
    void rejectsAValidTokenWithTrailingGarbage() {
        assertRejected(verify(sign(claims()) + ".extra"));
    }

    @Test
    void rejectionReasonsNeverContainTheSecret() {
        String forged = handMade(SECRET.toUpperCase(), Jwts.SIG.HS256, b -> b);

        TokenVerification verification = verify(forged);

        assertRejected(verification);
        assertThat(((TokenVerification.Rejected) verification).reason()).doesNotContain(SECRET).doesNotContain(SECRET.toUpperCase());
    }
}
