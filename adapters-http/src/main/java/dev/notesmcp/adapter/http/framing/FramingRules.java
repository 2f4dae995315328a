package dev.notesmcp.adapter.http.framing;

import dev.notesmcp.adapter.http.errors.ErrorBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Status;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a request body is delimited (RFC 9112 §6), checked before anything reads it. Only framings
 * Helidon reads exactly as we do pass: one decimal {@code Content-Length}, or
 * {@code Transfer-Encoding: chunked} alone. Anything else could make us and a proxy in front of us
 * disagree on where the next request starts (request smuggling), so it is refused and the
 * connection closed.
 */
final class FramingRules {

    /** 18 digits always fit in a {@code long}. */
    private static final int MAX_LENGTH_DIGITS = 18;

    private FramingRules() {
    }

    static Optional<ErrorBody> refusal(Headers headers) {
        if (isPlainLength(headers)) {
            return Optional.empty(); // the common case, checked without building lists (hot path)
        }
        List<String> lengths = values(headers, HeaderNames.CONTENT_LENGTH);
        List<String> codings = values(headers, HeaderNames.TRANSFER_ENCODING);
        if (!codings.isEmpty() && headers.contains(HeaderNames.CONTENT_LENGTH)) {
            // RFC 9112 §6.3: a message with both may be an attempt at smuggling; refuse and close.
            return refuse(Status.BAD_REQUEST_400,
                    "send either Content-Length or Transfer-Encoding, not both (RFC 9112 §6.3)");
        }
        // Helidon reads a body as chunked only for exactly one field line "chunked"; anything else
        // would leave the body on the connection, to be read as the next request.
        if (!codings.isEmpty() && !headers.all(HeaderNames.TRANSFER_ENCODING, List::of).equals(List.of("chunked"))) {
            return codings.stream().allMatch("chunked"::equalsIgnoreCase)
                    ? refuse(Status.BAD_REQUEST_400, "send Transfer-Encoding: chunked once, in lower case (RFC 9112 §7)")
                    // RFC 9112 §6.1: a transfer coding the server does not understand is 501.
                    : refuse(Status.NOT_IMPLEMENTED_501, "the only Transfer-Encoding this server reads is chunked");
        }
        if (headers.contains(HeaderNames.CONTENT_LENGTH) && !(lengths.size() == 1 && isDecimal(lengths.getFirst()))) {
            return refuse(Status.BAD_REQUEST_400,
                    "Content-Length must be a single non-negative decimal number (RFC 9112 §6.2)");
        }
        return Optional.empty();
    }

    /** No Transfer-Encoding and at most one Content-Length line holding one decimal number. */
    private static boolean isPlainLength(Headers headers) {
        if (headers.contains(HeaderNames.TRANSFER_ENCODING)) {
            return false;
        }
        List<String> lines = headers.all(HeaderNames.CONTENT_LENGTH, List::of);
        return lines.isEmpty() || (lines.size() == 1 && isDecimal(lines.getFirst()));
    }

    private static Optional<ErrorBody> refuse(Status status, String description) {
        String error = status == Status.NOT_IMPLEMENTED_501 ? "not_implemented" : "invalid_request";
        return Optional.of(ErrorBody.of(status, error, description).closingTheConnection());
    }

    /** Every comma-separated element of every field line with this name. */
    private static List<String> values(Headers headers, io.helidon.http.HeaderName name) {
        return headers.all(name, List::of).stream()
                .flatMap(value -> Arrays.stream(value.split(",", -1)))
                .map(String::strip)
                .toList();
    }

    private static boolean isDecimal(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH_DIGITS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
