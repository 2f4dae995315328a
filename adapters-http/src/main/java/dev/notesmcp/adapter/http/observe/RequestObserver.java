package dev.notesmcp.adapter.http.observe;

import dev.notesmcp.adapter.http.clientaddress.ClientAddress;
import dev.notesmcp.application.port.out.Metrics;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Every routed request, measured and logged once it is answered: the request metric (method,
 * route template, status, duration) and one access-log line on {@code dev.notesmcp.access}.
 * Both name the route <em>template</em> ({@code /oauth/{provider}/callback}), never the raw path,
 * and neither reads the query, a header or a cookie, so no code, state or token can reach them.
 * Measured when the response is sent ({@code whenSent}), which also covers answers the error
 * mapper writes after a handler threw. Requests Helidon refuses before routing (broken framing)
 * never reach a filter and are not counted here.
 */
public final class RequestObserver implements Filter {

    /** The route label of a request no route took (a 404 of ours): one series, whatever the path. */
    public static final String UNMATCHED = "unmatched";

    private static final System.Logger ACCESS = System.getLogger("dev.notesmcp.access");

    private final Metrics metrics;

    public RequestObserver(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        response.whenSent(() -> served(request, response, System.nanoTime() - start));
        chain.proceed();
    }

    private void served(RoutingRequest request, RoutingResponse response, long nanos) {
        String method = request.prologue().method().text();
        String route = request.matchingPattern().orElse(UNMATCHED);
        int status = response.status().code();
        if (ACCESS.isLoggable(Level.INFO)) {
            ACCESS.log(Level.INFO, line(method, route, status, nanos, ClientAddress.of(request)));
        }
        metrics.requestServed(method, route, status, Duration.ofNanos(nanos));
    }

    /** {@code POST /mcp 200 3.1ms 203.0.113.7}: method, route template, status, duration, client address. */
    static String line(String method, String route, int status, long nanos, ClientAddress client) {
        long tenths = nanos / 100_000;
        return method + ' ' + route + ' ' + status + ' ' + tenths / 10 + '.' + tenths % 10 + "ms " + client;
    }
}
