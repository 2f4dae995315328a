package dev.notesmcp.adapter.redis;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small, versioned text format values are stored in: a format tag (e.g. {@code code.v1}),
 * then each field, separated by single spaces. A field is {@code =} followed by its
 * {@code application/x-www-form-urlencoded} UTF-8 form (which never contains a space, {@code =}
 * or {@code ~}); an absent optional field is {@code ~}. Instants are ISO-8601 ({@link Instant#toString()}),
 * exact to the nanosecond. No JSON library: a dozen flat fields need none (and Jackson is not this adapter's).
 */
final class Fields {

    private static final String ABSENT = "~";

    private Fields() {
    }

    static Writer write(String format) {
        return new Writer(format);
    }

    /** Reads {@code stored}, which must carry {@code format}; anything else is an {@link IllegalStateException}. */
    static Reader read(String format, String stored) {
        String[] parts = stored.split(" ", -1);
        if (!parts[0].equals(format)) {
            throw new IllegalStateException("a stored value is in format '" + parts[0] + "', this version reads '"
                    + format + "'");
        }
        return new Reader(format, parts);
    }

    static final class Writer {
        private final StringBuilder out;

        private Writer(String format) {
            out = new StringBuilder(format);
        }

        Writer add(String value) {
            out.append(" =").append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        Writer add(Optional<String> value) {
            if (value.isPresent()) {
                return add(value.get());
            }
            out.append(' ').append(ABSENT);
            return this;
        }

        Writer add(Instant value) {
            return add(value.toString());
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    static final class Reader {
        private final String format;
        private final List<String> parts;
        private int next = 1;

        private Reader(String format, String[] parts) {
            this.format = format;
            this.parts = new ArrayList<>(List.of(parts));
        }

        Optional<String> optional() {
            if (next >= parts.size()) {
                throw new IllegalStateException("a stored '" + format + "' value has too few fields");
            }
            String part = parts.get(next++);
            if (part.equals(ABSENT)) {
                return Optional.empty();
            }
            if (!part.startsWith("=")) {
                throw new IllegalStateException("a stored '" + format + "' value has a malformed field");
            }
            return Optional.of(URLDecoder.decode(part.substring(1), StandardCharsets.UTF_8));
        }

        String string() {
            return optional().orElseThrow(
                    () -> new IllegalStateException("a stored '" + format + "' value lacks a required field"));
        }

        Instant instant() {
            return Instant.parse(string());
        }

        void end() {
            if (next != parts.size()) {
                throw new IllegalStateException("a stored '" + format + "' value has too many fields");
            }
        }
    }
}
