package dev.notesmcp.adapter.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code name=value&...} with every name and value percent-encoded (UTF-8, spaces as {@code %20}). */
final class Form {

    private Form() {
    }

    /** The pairs in their iteration order, for a query string or an {@code x-www-form-urlencoded} body. */
    static String encode(Map<String, String> pairs) {
        return pairs.entrySet().stream()
                .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        // URLEncoder writes HTML form encoding; '+' for a space is ambiguous outside a form body.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
