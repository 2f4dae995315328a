package dev.notesmcp.adapter.http.observe;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the text a metrics registry writes (Prometheus exposition), served only on
 * the management listener ({@code MANAGEMENT_PORT}), never on the public port.
 */
public final class MetricsEndpoint implements HttpService {

    public static final String PATH = "/metrics";

    private final Supplier<String> scrape;
    private final String contentType;

    /** @param scrape the registry's current text; @param contentType the format it writes */
    public MetricsEndpoint(Supplier<String> scrape, String contentType) {
        this.scrape = scrape;
        this.contentType = contentType;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, (request, response) -> {
            response.header(HeaderNames.CONTENT_TYPE, contentType);
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
            response.send(scrape.get());
        });
    }
}
