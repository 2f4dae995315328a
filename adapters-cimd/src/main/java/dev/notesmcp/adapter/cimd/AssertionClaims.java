package dev.notesmcp.adapter.cimd;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.ClientAssertion;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the claims of a verified assertion into a {@link ClientAssertion} (RFC 7519 §4.1 shapes):
 * {@code iss}, {@code sub}, {@code aud} (a string or an array of strings) and {@code exp} are
 * required, {@code nbf}, {@code iat} and {@code jti} optional. Whether they are acceptable is the
 * domain's {@link ClientAssertion#refusal}. Read with Jackson, so times are {@code Instant}s.
 */
final class AssertionClaims {

    /** A claim given twice is refused: which one counts would be a guess. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private AssertionClaims() {
    }

    static ClientAssertion read(byte[] payload) throws AssertionRefusedException {
        JsonNode claims;
        try {
            claims = JSON.readTree(payload);
        } catch (IOException e) {
            claims = null;
        }
        if (claims == null || !claims.isObject()) {
            throw new AssertionRefusedException("its payload is not a JSON object of claims");
        }
        try {
            return new ClientAssertion(required(string(claims, "iss"), "iss"), required(string(claims, "sub"), "sub"),
                    audience(claims), required(time(claims, "exp"), "exp"), time(claims, "nbf"), time(claims, "iat"),
                    string(claims, "jti"));
        } catch (InvalidValueException e) {
            throw new AssertionRefusedException("its claim " + e.getMessage());
        }
    }

    private static <T> T required(Optional<T> value, String claim) throws AssertionRefusedException {
        return value.orElseThrow(() -> new AssertionRefusedException("it has no " + claim + " claim"));
    }

    private static Optional<String> string(JsonNode claims, String claim) throws AssertionRefusedException {
        JsonNode value = claims.get(claim);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new AssertionRefusedException("its " + claim + " claim must be a string");
        }
        return Optional.of(value.textValue());
    }

    private static List<String> audience(JsonNode claims) throws AssertionRefusedException {
        JsonNode value = claims.get("aud");
        if (value == null || value.isNull()) {
            throw new AssertionRefusedException("it has no aud claim");
        }
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        List<String> audience = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                audience.add(element.isTextual() ? element.textValue() : null);
            }
        }
        if (audience.isEmpty() || audience.contains(null)) {
            throw new AssertionRefusedException("its aud claim must be a string or a non-empty array of strings");
        }
        return audience;
    }

    /** A NumericDate: seconds since 1970, possibly with a fraction (dropped). */
    private static Optional<Instant> time(JsonNode claims, String claim) throws AssertionRefusedException {
        JsonNode value = claims.get(claim);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || !value.canConvertToLong()) {
            throw new AssertionRefusedException("its " + claim + " claim must be a number of seconds since 1970");
        }
        try {
            return Optional.of(Instant.ofEpochSecond(value.longValue()));
        } catch (DateTimeException e) {
            throw new AssertionRefusedException("its " + claim + " claim is out of range");
        }
    }
}
