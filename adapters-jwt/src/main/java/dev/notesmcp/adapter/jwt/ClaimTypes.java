package dev.notesmcp.adapter.jwt;

import io.jsonwebtoken.io.DeserializationException;
import io.jsonwebtoken.io.Deserializer;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * jjwt's JSON reading with the claims' JSON types enforced. jjwt converts leniently after reading
 * (a string {@code "exp":"1740830400"} or an ISO date becomes a date, a number {@code sub} a string);
 * RFC 7519 §4.1 fixes the types, so a token that breaks them is malformed: {@code exp}, {@code iat},
 * {@code nbf} are NumericDates (JSON numbers, §2), {@code iss}, {@code sub}, {@code jti} and our own
 * claims strings, {@code aud} a string or an array of strings (§4.1.3). The raw JSON is checked here,
 * before jjwt's conversion hides it. jjwt reads the header through this too; none of these names
 * belong there.
 */
final class ClaimTypes implements Deserializer<Map<String, ?>> {

    private static final Set<String> NUMERIC_DATES = Set.of("exp", "iat", "nbf");
    private static final Set<String> STRINGS = Set.of("iss", "sub", "jti",
            JwtClaimNames.CLIENT_ID, JwtClaimNames.SCOPE, JwtClaimNames.LOGIN);
    private static final String AUDIENCE = "aud";

    private final Deserializer<?> json;

    private ClaimTypes(Deserializer<?> json) {
        this.json = json;
    }

    /** Around the JSON reader jjwt would find itself (jjwt-jackson, a runtime dependency). */
    static ClaimTypes enforced() {
        Deserializer<?> json = ServiceLoader.load(Deserializer.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no jjwt JSON deserializer on the class path (jjwt-jackson)"));
        return new ClaimTypes(json);
    }

    @Override
    @Deprecated
    public Map<String, ?> deserialize(byte[] bytes) {
        return checked(json.deserialize(bytes));
    }

    @Override
    public Map<String, ?> deserialize(Reader reader) {
        return checked(json.deserialize(reader));
    }

    private static Map<String, ?> checked(Object value) {
        if (!(value instanceof Map<?, ?> object)) {
            throw new DeserializationException("a JWT header and payload must be JSON objects");
        }
        for (Map.Entry<?, ?> member : object.entrySet()) {
            String name = String.valueOf(member.getKey());
            Object claim = member.getValue();
            if (NUMERIC_DATES.contains(name) && !(claim instanceof Number)) {
                throw new DeserializationException(name + " must be a JSON number (NumericDate, RFC 7519 §2)");
            }
            if (STRINGS.contains(name) && !(claim instanceof String)) {
                throw new DeserializationException(name + " must be a JSON string");
            }
            if (name.equals(AUDIENCE) && !isStringOrListOfStrings(claim)) {
                throw new DeserializationException("aud must be a string or an array of strings (RFC 7519 §4.1.3)");
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> claims = (Map<String, ?>) object;
        return claims;
    }

    private static boolean isStringOrListOfStrings(Object claim) {
        return claim instanceof String
                || (claim instanceof List<?> list && list.stream().allMatch(String.class::isInstance));
    }
}
