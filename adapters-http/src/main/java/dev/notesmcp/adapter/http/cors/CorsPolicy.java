package dev.notesmcp.adapter.http.cors;

import io.helidon.cors.CrossOriginConfig;
import io.helidon.http.Method;
import io.helidon.webserver.cors.CorsSupport;

import java.util.List;

/**
 * One row of {@link CorsTable}: which paths, which browser origins may read the answers, and
 * with which methods and headers. Never with credentials: nothing cross-origin uses cookies.
 *
 * @param allowedOriginsOnly only origins {@code HttpSettings.allowsOrigin} accepts (the MCP
 *                           endpoint); otherwise any origin (public OAuth endpoints and metadata)
 */
record CorsPolicy(String name, List<String> paths, boolean allowedOriginsOnly, List<Method> methods,
                  List<String> allowHeaders, List<String> exposeHeaders) {

    /** How long a browser may reuse a preflight answer. */
    static final long MAX_AGE_SECONDS = 600;

    CorsPolicy {
        paths = List.copyOf(paths);
        methods = List.copyOf(methods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /**
     * Helidon's handler for this row. For the allowed-origins row, {@link CorsTable} asks
     * {@code HttpSettings} first and only hands allowed origins on, so the one origin rule of the
     * server decides (loopback origins included) and a refused origin reaches the endpoint, which
     * explains the refusal itself.
     */
    CorsSupport support() {
        CrossOriginConfig config = CrossOriginConfig.builder()
                .allowOrigins("*")
                .allowMethods(methods.stream().map(Method::text).toArray(String[]::new))
                .allowHeaders(allowHeaders.toArray(String[]::new))
                .exposeHeaders(exposeHeaders.toArray(String[]::new))
                .allowCredentials(false)
                .maxAgeSeconds(MAX_AGE_SECONDS)
                .build();
        return CorsSupport.builder().name(name).addCrossOrigin(config).build();
    }
}
