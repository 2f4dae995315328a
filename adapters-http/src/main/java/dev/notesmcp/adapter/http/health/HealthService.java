package dev.notesmcp.adapter.http.health;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.out.HealthIndicator;
import io.helidon.http.Method;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}: {@code {"status":"ok","stores":{...}}} with 200 when every store works,
 * {@code "status":"unavailable"} with 503 otherwise, so load balancers can act on it.
 */
public final class HealthService implements HttpService {

    private final List<HealthIndicator> indicators;
    private final JsonResponses json;

    public HealthService(List<HealthIndicator> indicators, JsonResponses json) {
        this.indicators = List.copyOf(indicators);
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health", this::health);
        MethodNotAllowed.register(rules, "/health", Method.GET);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Map<String, Map<String, String>> stores = new LinkedHashMap<>();
        boolean allUp = true;
        for (HealthIndicator indicator : indicators) {
            boolean up = indicator.isUp();
            allUp &= up;
            stores.put(indicator.name(), Map.of("kind", indicator.kind(), "status", up ? "up" : "down"));
        }
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        json.send(response, allUp ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                new Health(allUp ? "ok" : "unavailable", stores));
    }

    record Health(String status, Map<String, Map<String, String>> stores) {
    }
}
