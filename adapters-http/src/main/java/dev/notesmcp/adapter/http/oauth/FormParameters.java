package dev.notesmcp.adapter.http.oauth;

import io.helidon.common.uri.UriQuery;
import io.helidon.common.uri.UriValidationException;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@code application/x-www-form-urlencoded} body or query, decoded by Helidon's {@link UriQuery}
 * ({@code +} is a space, percent-encoding is UTF-8). OAuth forbids repeating a parameter
 * (RFC 6749 §3.1, §3.2), so repeats are reported instead of guessed at.
 */
public final class FormParameters {

    private final UriQuery fields;

    /** Only {@link #parse} makes one, so every instance has passed its checks. */
    private FormParameters(UriQuery fields) {
        this.fields = fields;
    }

    /**
     * Parses and validates the encoding: a malformed escape such as {@code %zz} or a bare {@code %},
     * and escapes that are not UTF-8 (which the decoder would replace by U+FFFD), are refused, never
     * decoded to something we would then have to guess about.
     */
    static Optional<FormParameters> parse(String encoded) {
        UriQuery fields;
        try {
            fields = UriQuery.create(encoded == null ? "" : encoded, true);
        } catch (UriValidationException e) {
            return Optional.empty();
        }
        for (String name : fields.names()) {
            if (replacedInvalidUtf8(name) || fields.all(name).stream().anyMatch(FormParameters::replacedInvalidUtf8)) {
                return Optional.empty();
            }
        }
        return Optional.of(new FormParameters(fields));
    }

    /** U+FFFD is what a lenient UTF-8 decoder leaves for bytes it could not read; no form has a use for it. */
    static boolean replacedInvalidUtf8(String decoded) {
        return decoded.indexOf('\uFFFD') >= 0;
    }

    /** A parameter's value; an empty one counts as absent (RFC 6749 §3.1). */
    public Optional<String> get(String name) {
        return fields.first(name).asOptional().filter(value -> !value.isEmpty());
    }

    /** The names that occur more than once, sorted so the message is stable. */
    public Set<String> repeated() {
        Set<String> repeated = new TreeSet<>();
        for (String name : fields.names()) {
            if (fields.all(name).size() > 1) {
                repeated.add(name);
            }
        }
        return repeated;
    }
}
