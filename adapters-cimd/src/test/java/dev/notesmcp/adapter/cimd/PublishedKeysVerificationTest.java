package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Invalid;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Verification;
import dev.notesmcp.application.port.out.ClientAssertionVerifier.Verified;
import dev.notesmcp.domain.oauth.ClientKeys;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static dev.notesmcp.adapter.cimd.TestAssertions.EC;
import static dev.notesmcp.adapter.cimd.TestAssertions.RSA;
import static dev.notesmcp.adapter.cimd.TestAssertions.publicSet;
import static dev.notesmcp.adapter.cimd.TestAssertions.signed;
import static org.assertj.core.api.Assertions.assertThat;

/** Assertions against keys published at a {@code jwks_uri}, served on loopback through the real adapter. */
class PublishedKeysVerificationTest {

    private final MovableClock clock = new MovableClock();
    private final DocumentServer server = new DocumentServer();
    private final ClientMetadataDocumentsAdapter adapter = new ClientMetadataDocumentsAdapter(true, clock,
            HostResolution.SYSTEM, SSLContexts.createDefault());
    private final ClientAssertionVerifier verifier = adapter.assertions();
    private final AtomicReference<String> published = new AtomicReference<>(publicSet(RSA, EC));
    private final ClientKeys.Published keys;

    PublishedKeysVerificationTest() throws IOException {
        keys = new ClientKeys.Published(MetadataDocumentUrl.parse(server.url("/jwks.json")).orElseThrow());
        server.handle("/jwks.json", exchange -> DocumentServer.send(exchange, 200, "application/jwk-set+json",
                published.get(), "Cache-Control", "max-age=600"));
    }

    @AfterEach
    void stop() {
        adapter.close();
        server.close();
    }

    private static String reason(Verification verification) {
        assertThat(verification).isInstanceOf(Invalid.class);
        return ((Invalid) verification).reason();
    }

    private ClientKeys.Published at(String path) {
        return new ClientKeys.Published(MetadataDocumentUrl.parse(server.url(path)).orElseThrow());
    }

    @Test
    void rs256AndEs256VerifyWithThePublishedKeysFetchedOnce() {
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
        assertThat(verifier.verify(signed(EC, JWSAlgorithm.ES256), keys)).isInstanceOf(Verified.class);
        assertThat(server.requests).hasValue(1);
    }

    @Test
    void aWrongKeyDoesNotVerify() {
        assertThat(reason(verifier.verify(signed(TestAssertions.rsa("rsa-1"), JWSAlgorithm.RS256), keys)))
                .isEqualTo("its signature does not verify with the client's key");
    }

    @Test
    void anUnknownKidFetchesTheSetAgainAndFindsTheRotatedKey() {
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
        RSAKey rotated = TestAssertions.rsa("rsa-2");
        published.set(publicSet(rotated));
        clock.advance(PublishedKeySets.REFETCH_INTERVAL);

        assertThat(verifier.verify(signed(rotated, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
        assertThat(server.requests).hasValue(2);
    }

    @Test
    void unknownKidsFetchTheSetAgainAtMostOncePerInterval() {
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
        RSAKey rotated = TestAssertions.rsa("rsa-2");
        published.set(publicSet(rotated));

        clock.advance(PublishedKeySets.REFETCH_INTERVAL.minusSeconds(1));
        assertThat(reason(verifier.verify(signed(rotated, JWSAlgorithm.RS256), keys)))
                .isEqualTo("the client's jwks_uri " + keys.url() + " has no RSA (at least 2048 bits) signing key"
                        + " for RS256 with kid rsa-2");
        assertThat(server.requests).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(verifier.verify(signed(rotated, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
        for (int i = 0; i < 5; i++) {
            assertThat(verifier.verify(signed(TestAssertions.rsa("made-up-" + i), JWSAlgorithm.RS256), keys))
                    .isInstanceOf(Invalid.class);
        }
        assertThat(server.requests).hasValue(2);
    }

    @Test
    void aPublishedSetWithPrivatePartsIsRefused() {
        published.set(new JWKSet(RSA).toString(false));
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), keys)))
                .startsWith("the client's jwks_uri " + keys.url() + " cannot be used: it holds private");
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.handle("/moved.json", exchange -> DocumentServer.send(exchange, 302, "text/plain", "",
                "Location", server.url("/jwks.json")));
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/moved.json"))))
                .contains("cannot be used: its host answered 302 (a redirect, which is never followed)");
        assertThat(server.requests).hasValue(1);
    }

    @Test
    void aServerErrorIsReusedBrieflyThenFetchedAgain() {
        AtomicReference<Integer> status = new AtomicReference<>(500);
        server.handle("/flaky.json", exchange -> DocumentServer.send(exchange, status.get(), "application/json",
                published.get()));

        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/flaky.json"))))
                .contains("its host answered 500 instead of 200");
        status.set(200);
        clock.advance(CacheLifetime.FAILURE.minusSeconds(1));
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/flaky.json"))).isInstanceOf(Invalid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/flaky.json"))).isInstanceOf(Verified.class);
        assertThat(server.requests).hasValue(2);
    }

    @Test
    void anOversizedSetIsNotRead() {
        String padded = published.get().replaceFirst("\\{", "{\"padding\":\"" + "A".repeat(KeySetFetcher.MAX_BYTES) + "\",");
        server.handle("/big.json", exchange -> DocumentServer.send(exchange, 200, "application/json", padded));
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/big.json"))))
                .contains("it is larger than " + KeySetFetcher.MAX_BYTES + " bytes");
    }

    @Test
    void aSetLargerThanADocumentButWithinItsCapIsRead() {
        RSAKey[] many = new RSAKey[16];
        for (int i = 0; i < many.length; i++) {
            many[i] = i == 0 ? RSA : TestAssertions.rsa("rsa-extra-" + i);
        }
        published.set(publicSet(many));
        assertThat(published.get().length()).isBetween(DocumentFetcher.MAX_BYTES, KeySetFetcher.MAX_BYTES);
        assertThat(verifier.verify(signed(RSA, JWSAlgorithm.RS256), keys)).isInstanceOf(Verified.class);
    }

    @Test
    void aSetThatDripsTimesOut() {
        server.handle("/slow.json", DocumentServer::drip);
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/slow.json"))))
                .contains("did not send it within " + GuardedHttpClient.TOTAL_TIMEOUT.toSeconds() + " seconds");
    }

    @Test
    void aSetServedAsAnotherTypeIsRefused() {
        server.handle("/page.json", exchange -> DocumentServer.send(exchange, 200, "text/html", published.get()));
        assertThat(reason(verifier.verify(signed(RSA, JWSAlgorithm.RS256), at("/page.json"))))
                .contains("it is served as text/html, not application/jwk-set+json, application/json");
    }
}
