package dev.notesmcp.adapter.http.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code application/x-www-form-urlencoded} body or query. OAuth forbids repeating a
 * parameter (RFC 6749 §3.1, §3.2), so repeats are remembered and reported instead of guessed at.
 */
record FormParameters(Map<String, String> values, Set<String> repeated) {

    static final int MAX_BODY_CHARS = 16 * 1024;

    static FormParameters parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        if (encoded == null || encoded.isEmpty()) {
            return new FormParameters(values, repeated);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(name, value) != null) {
                repeated.add(name);
            }
        }
        return new FormParameters(values, repeated);
    }

    /** A parameter's value; an empty one counts as absent (RFC 6749 §3.1). */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    boolean hasRepeats() {
        return !repeated.isEmpty();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
