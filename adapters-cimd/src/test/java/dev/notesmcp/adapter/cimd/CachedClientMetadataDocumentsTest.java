package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetch;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetched;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Unavailable;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedClientMetadataDocumentsTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void aDocumentIsReusedForItsMaxAgeThenFetchedAgain() throws IOException {
        try (DocumentServer server = new DocumentServer();
             ClientMetadataDocumentsAdapter adapter = ClientMetadataDocumentsAdapter.create(true, clock)) {
            String url = server.url("/client.json");
            server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                    "{\"client_id\":\"" + url + "\"}", "Cache-Control", "max-age=120"));
            ClientMetadataDocuments documents = adapter.documents();
            MetadataDocumentUrl documentUrl = MetadataDocumentUrl.parse(url).orElseThrow();

            assertThat(documents.fetch(documentUrl)).isInstanceOf(Fetched.class);
            clock.advance(Duration.ofSeconds(119));
            assertThat(documents.fetch(documentUrl)).isInstanceOf(Fetched.class);
            assertThat(server.requests).hasValue(1);

            clock.advance(Duration.ofSeconds(2));
            assertThat(documents.fetch(documentUrl)).isInstanceOf(Fetched.class);
            assertThat(server.requests).hasValue(2);
        }
    }

    @Test
    void aFailureIsReusedBriefly() {
        AtomicInteger fetches = new AtomicInteger();
        CachedClientMetadataDocuments documents = new CachedClientMetadataDocuments(url -> {
            fetches.incrementAndGet();
            return new DocumentFetcher.Outcome(new Unavailable("down"), CacheLifetime.FAILURE);
        }, clock);
        MetadataDocumentUrl url = MetadataDocumentUrl.parse("https://app.example/client.json").orElseThrow();

        Fetch first = documents.fetch(url);
        clock.advance(CacheLifetime.FAILURE.minusSeconds(1));
        assertThat(documents.fetch(url)).isEqualTo(first);
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        documents.fetch(url);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void theCacheIsBounded() {
        AtomicInteger fetches = new AtomicInteger();
        CachedClientMetadataDocuments documents = new CachedClientMetadataDocuments(url -> {
            fetches.incrementAndGet();
            return new DocumentFetcher.Outcome(new Unavailable("down"), CacheLifetime.MAXIMUM);
        }, clock);
        MetadataDocumentUrl first = MetadataDocumentUrl.parse("https://app.example/0.json").orElseThrow();
        documents.fetch(first);
        for (int i = 1; i <= CachedClientMetadataDocuments.MAX_ENTRIES; i++) {
            documents.fetch(MetadataDocumentUrl.parse("https://app.example/" + i + ".json").orElseThrow());
        }
        documents.fetch(first);
        assertThat(fetches).hasValue(CachedClientMetadataDocuments.MAX_ENTRIES + 2);
    }
}
