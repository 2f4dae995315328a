package dev.notesmcp.adapter.http.common;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A path we serve, asked with a method we do not: 405 with {@code Allow} (RFC 9110 §15.5.6), where
 * Helidon alone would answer 404 as if the path did not exist. Registered after the path's own
 * routes, so it only sees the methods they left; preflights ({@code OPTIONS}) are answered by the
 * CORS table before any endpoint and count as served. {@code HEAD} is not served either (Helidon does
 * not derive it from {@code GET}), so it is answered 405 too rather than 404.
 */
public final class MethodNotAllowed implements Handler {

    private final String allow;
    private final byte[] body;

    private MethodNotAllowed(List<Method> served) {
        this.allow = served.stream().map(Method::text).collect(Collectors.joining(", "));
        this.body = ("{\"error\":\"method_not_allowed\",\"error_description\":\"this URL answers " + allow + " only\"}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Answers 405 on {@code path} (matched exactly) for every method but {@code served}. */
    public static void register(HttpRules rules, String path, Method... served) {
        List<Method> methods = Arrays.asList(served);
        rules.route(method -> !methods.contains(method), PathMatchers.exact(path), new MethodNotAllowed(methods));
    }

    /** Answers 405 on the paths matching {@code pattern} (Helidon's, e.g. {@code /oauth/{provider}/callback}). */
    public static void registerPattern(HttpRules rules, String pattern, Method... served) {
        List<Method> methods = Arrays.asList(served);
        rules.route(method -> !methods.contains(method), PathMatchers.pattern(pattern), new MethodNotAllowed(methods));
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.status(Status.METHOD_NOT_ALLOWED_405)
                .header(HeaderNames.ALLOW, allow)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send(body);
    }
}
