package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Invalid;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Verification;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Verified;
import dev.notesmcp.domain.oauth.ClientAssertion;
import dev.notesmcp.domain.oauth.ClientKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.notesmcp.adapter.cimd.TestAssertions.CLIENT;
import static dev.notesmcp.adapter.cimd.TestAssertions.EC;
import static dev.notesmcp.adapter.cimd.TestAssertions.RSA;
import static dev.notesmcp.adapter.cimd.TestAssertions.TOKEN_ENDPOINT;
import static dev.notesmcp.adapter.cimd.TestAssertions.inline;
import static dev.notesmcp.adapter.cimd.TestAssertions.signed;
import static org.assertj.core.api.Assertions.assertThat;

/** Assertions against inline keys ({@code jwks}); published keys are {@link PublishedKeysVerificationTest}'s. */
class JwtClientAssertionVerifierTest {

    private final ClientAssertionVerifier verifier = new JwtClientAssertionVerifier(new InlineKeySets(),
            new PublishedKeySets(url -> {
                throw new AssertionError("no jwks_uri in these tests");
            }, new MovableClock()));

    private static String reason(Verification verification) {
        assertThat(verification).isInstanceOf(Invalid.class);
        return ((Invalid) verification).reason();
    }

    private static String encoded(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @ParameterizedTest
    @CsvSource({"RS256,RSA", "RS384,RSA", "RS512,RSA", "PS256,RSA", "PS384,RSA", "PS512,RSA",
            "ES256,P-256", "ES384,P-384", "ES512,P-521"})
    void everyAcceptedAlgorithmVerifiesWithTheClientsKey(String algorithm, String keyType) {
        JWK key = keyType.equals("RSA") ? RSA : TestAssertions.ec(Curve.parse(keyType), "ec-" + keyType);
        assertThat(verifier.verify(signed(key, JWSAlgorithm.parse(algorithm)), inline(key, EC)))
                .isInstanceOf(Verified.class);
    }

    @Test
    void theClaimsAreReadIntoTheDomainsAssertion() {
        String claims = "{\"iss\":\"" + CLIENT + "\",\"sub\":\"" + CLIENT + "\",\"aud\":[\"" + TOKEN_ENDPOINT
                + "\",\"https://notes.example\"],\"exp\":1800000300,\"nbf\":1800000000.5,\"iat\":1800000000,"
                + "\"jti\":\"abc\",\"extra\":{\"ignored\":true}}";
        Verification verification = verifier.verify(signed(EC, new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID("ec-1").build(), claims), inline(EC));

        assertThat(verification).isEqualTo(new Verified(new ClientAssertion(CLIENT, CLIENT,
                List.of(TOKEN_ENDPOINT, "https://notes.example"), Instant.ofEpochSecond(1800000300),
                java.util.Optional.of(Instant.ofEpochSecond(1800000000)),
                java.util.Optional.of(Instant.ofEpochSecond(1800000000)), java.util.Optional.of("abc"))));
    }

    @Test
    void withoutKidEveryCompatibleKeyIsTried() {
        RSAKey other = TestAssertions.rsa("rsa-other");
        String assertion = signed(RSA, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), TestAssertions.claims());
        assertThat(verifier.verify(assertion, inline(EC, other, RSA))).isInstanceOf(Verified.class);
    }

    @Test
    void anotherKeyUnderTheSameKidDoesNotVerify() {
        RSAKey impostor = TestAssertions.rsa("rsa-1");
        assertThat(reason(verifier.verify(signed(impostor, JWSAlgorithm.RS256), inline(RSA))))
                .isEqualTo("its signature does not verify with the client's key");
    }

    @Test
    void anUnsignedAssertionIsRefused() {
        String none = new PlainObject(new PlainHeader(), new Payload(TestAssertions.claims())).serialize();
        assertThat(reason(verifier.verify(none, inline(RSA)))).contains("alg is none");
        String noneWithSignature = none + signed(RSA, JWSAlgorithm.RS256).split("\\.")[2];
        assertThat(reason(verifier.verify(noneWithSignature, inline(RSA)))).contains("alg is none");
    }

    @Test
    void hmacWithThePublicKeyAsSecretIsRefused() throws Exception {
        // The classic confusion attack: a verifier that lets the header pick the algorithm would
        // check this HMAC with the RSA public key's bytes, which anyone can read from the JWK Set.
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                new Payload(TestAssertions.claims()));
        forged.sign(new MACSigner(RSA.toRSAPublicKey().getEncoded()));

        assertThat(reason(verifier.verify(forged.serialize(), inline(RSA))))
                .contains("alg HS256 is a shared-secret (HMAC) algorithm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EdDSA", "RS1", "FOO"})
    void anAlgorithmOutsideTheListIsRefused(String alg) {
        String assertion = encoded("{\"alg\":\"" + alg + "\"}") + "." + encoded(TestAssertions.claims()) + ".c2ln";
        assertThat(reason(verifier.verify(assertion, inline(RSA))))
                .isEqualTo("its alg " + alg + " is not accepted: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512");
    }

    @Test
    void aKeyOfTheWrongTypeForTheAlgorithmIsNotUsed() {
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), inline(EC))))
                .isEqualTo("the client's jwks has no RSA (at least 2048 bits) signing key for RS256 with kid rsa-1");
        JWK p384 = TestAssertions.ec(Curve.P_384, "ec-1");
        assertThat(reason(verifier.verify(signed(EC, JWSAlgorithm.ES256), inline(p384))))
                .isEqualTo("the client's jwks has no EC signing key for ES256 with kid ec-1");
    }

    @Test
    void anEncryptionKeyOrAWeakRsaKeyIsNotUsed() throws Exception {
        RSAKey encryption = new RSAKey.Builder(RSA).keyUse(KeyUse.ENCRYPTION).build();
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), inline(encryption)))).contains("has no RSA");
        RSAKey weak = new RSAKeyGenerator(1024, true).keyID("weak").generate();
        assertThat(reason(verifier.verify(signed(weak, JWSAlgorithm.RS256), inline(weak))))
                .contains("has no RSA (at least 2048 bits) signing key");
    }

    @Test
    void aKeySetWithPrivatePartsIsRefused() {
        ClientKeys.Inline leaked = new ClientKeys.Inline(new JWKSet(RSA).toString(false));
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), leaked)))
                .startsWith("the client's jwks cannot be used: it holds private or secret key material");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"keys\":{}}", "{\"keys\":[{\"kty\":\"RSA\"}]}", "not json"})
    void anInvalidKeySetIsRefused(String jwks) {
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), new ClientKeys.Inline(jwks))))
                .startsWith("the client's jwks cannot be used: it is not a valid JWK Set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b", "a.b.c.d", "a.b.c.d.e.f"})
    void anAssertionThatIsNotThreePartsIsRefused(String assertion) {
        assertThat(reason(verifier.verify(assertion, inline(RSA)))).contains("three base64url parts");
    }

    @Test
    void malformedAssertionsAreRefusedWithoutBeingEchoed() {
        String good = signed(RSA, JWSAlgorithm.RS256);
        String[] parts = good.split("\\.");
        assertThat(reason(verifier.verify("", inline(RSA)))).isEqualTo("it is empty");
        assertThat(reason(verifier.verify("a.b.c.d.e", inline(RSA)))).contains("encrypted JWT (JWE)");
        assertThat(reason(verifier.verify("!!!." + parts[1] + "." + parts[2], inline(RSA))))
                .isEqualTo("its header is not a base64url-encoded JSON object with an alg");
        assertThat(reason(verifier.verify(encoded("[1]") + "." + parts[1] + "." + parts[2], inline(RSA))))
                .contains("header is not");
        assertThat(reason(verifier.verify(good + "x".repeat(AssertionFormat.MAX_LENGTH), inline(RSA))))
                .isEqualTo("it is longer than " + AssertionFormat.MAX_LENGTH + " characters");
        assertThat(reason(verifier.verify(parts[0] + "." + parts[1] + ".AAAA", inline(RSA))))
                .doesNotContain(parts[1]).contains("signature does not verify");
    }

    @Test
    void signedClaimsThatAreNotJsonAreRefused() {
        assertThat(reason(verifier.verify(signed(RSA, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), "not json"),
                inline(RSA)))).isEqualTo("its payload is not a JSON object of claims");
        assertThat(reason(verifier.verify(signed(RSA, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), "[1,2]"),
                inline(RSA)))).isEqualTo("its payload is not a JSON object of claims");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\"}|it has no exp claim",
            "{\"sub\":\"c\",\"aud\":\"t\",\"exp\":1800000300}|it has no iss claim",
            "{\"iss\":\"c\",\"aud\":\"t\",\"exp\":1800000300}|it has no sub claim",
            "{\"iss\":\"c\",\"sub\":\"c\",\"exp\":1800000300}|it has no aud claim",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":\"soon\"}|its exp claim must be a number of seconds since 1970",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":1e300}|its exp claim must be a number of seconds since 1970",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":99999999999999999}|its exp claim is out of range",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":1,\"nbf\":true}|its nbf claim must be a number of seconds since 1970",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":42,\"exp\":1}|its aud claim must be a string or a non-empty array of strings",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":[],\"exp\":1}|its aud claim must be a string or a non-empty array of strings",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":[\"t\",1],\"exp\":1}|its aud claim must be a string or a non-empty array of strings",
            "{\"iss\":7,\"sub\":\"c\",\"aud\":\"t\",\"exp\":1}|its iss claim must be a string",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":1,\"jti\":\"\"}|its claim jti: must have 1 to 256 characters",
            "{\"iss\":\"c\",\"sub\":\"c\",\"aud\":\"t\",\"exp\":1,\"exp\":2}|its payload is not a JSON object of claims"})
    void aMissingOrMisshapenClaimIsRefused(String claims, String expected) {
        assertThat(reason(verifier.verify(signed(RSA, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims),
                inline(RSA)))).isEqualTo(expected);
    }

    @Test
    void criticalHeaderParametersAreRefused() {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1")
                .criticalParams(Set.of("exp")).customParam("exp", 1).build();
        assertThat(reason(verifier.verify(signed(RSA, header, TestAssertions.claims()), inline(RSA))))
                .contains("critical (crit)");
    }

    @Test
    void anOddKidIsNotRepeated() {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("\"quoted\" <kid>").build();
        assertThat(reason(verifier.verify(signed(RSA, header, TestAssertions.claims()), inline(RSA))))
                .doesNotContain("quoted").contains("(not shown");
    }
}
