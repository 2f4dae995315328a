package dev.notesmcp.adapter.http.oauth;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.http.ServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the small form bodies of the OAuth and sign-in endpoints: the media type must be
 * {@code application/x-www-form-urlencoded}, the body at most {@link #MAX_BYTES}, the encoding
 * valid and no parameter repeated. Each refusal says what to fix.
 */
public final class FormBody {

    /** Real forms are a few hundred bytes; the cap is checked before reading when the length is declared. */
    public static final int MAX_BYTES = 16 * 1024;

    private FormBody() {
    }

    /** The outcome: the parameters, or why they were refused (a sentence for the person who sent them). */
    public sealed interface Reading {
    }

    public record Parsed(FormParameters form) implements Reading {
    }

    /** @param repeated the names that were repeated, when that was the problem */
    public record Refused(String reason, Set<String> repeated) implements Reading {
        public Refused {
            repeated = Set.copyOf(repeated);
        }

        Refused(String reason) {
            this(reason, Set.of());
        }
    }

    public static Reading read(ServerRequest request) {
        boolean isForm = request.headers().contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_FORM_URLENCODED))
                .orElse(false);
        if (!isForm) {
            return new Refused("send the parameters as application/x-www-form-urlencoded");
        }
        if (request.headers().contentLength().orElse(0) > MAX_BYTES) {
            return tooLarge();
        }
        byte[] bytes;
        try (InputStream body = request.content().inputStream()) {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return new Refused("the request body could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        return check(FormParameters.parse(new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    /** The same checks for a query string ({@code GET /authorize}, the sign-in callback). */
    public static Reading query(ServerRequest request) {
        return check(FormParameters.parse(request.query().rawValue()));
    }

    private static Reading check(Optional<FormParameters> parsed) {
        if (parsed.isEmpty()) {
            // ISO-8859-1 above keeps every byte as one char, so a raw non-ASCII byte fails here too.
            return new Refused("the parameters are not valid percent-encoded UTF-8 (RFC 3986 section 2.1): escape '%' as %25");
        }
        if (!parsed.get().repeated().isEmpty()) {
            Set<String> repeated = parsed.get().repeated();
            return new Refused("parameters must not repeat: " + repeated, repeated);
        }
        return new Parsed(parsed.get());
    }

    private static Refused tooLarge() {
        return new Refused("the form must not exceed " + MAX_BYTES / 1024 + " KiB");
    }
}
