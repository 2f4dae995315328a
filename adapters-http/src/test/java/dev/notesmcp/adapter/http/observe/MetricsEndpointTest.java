package dev.notesmcp.adapter.http.observe;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@RoutingTest
class MetricsEndpointTest {

    private static final AtomicInteger SCRAPES = new AtomicInteger();

    private final DirectClient client;

    MetricsEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(new MetricsEndpoint(() -> "scrape_total " + SCRAPES.incrementAndGet() + "\n",
                "text/plain; version=0.0.4; charset=utf-8"));
    }

    @Test
    void eachGetServesAFreshScrapeInItsFormat() {
        try (Http1ClientResponse first = client.get("/metrics").request();
             Http1ClientResponse second = client.get("/metrics").request()) {
            assertThat(first.status()).isEqualTo(Status.OK_200);
            assertThat(first.headers().first(HeaderNames.CONTENT_TYPE)).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(first.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
            int n = Integer.parseInt(first.as(String.class).strip().split(" ")[1]);
            assertThat(second.as(String.class)).isEqualTo("scrape_total " + (n + 1) + "\n");
        }
    }
}
