package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The client a JWT client assertion names in its {@code sub}, read WITHOUT verifying anything:
 * only to find whose keys must then verify it, when the request omits {@code client_id} (RFC 7521
 * §4.2 makes it optional). The verification later checks that {@code iss} and {@code sub} are
 * that client, so a lie here only selects keys that will not verify.
 */
final class AssertionSubject {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAYLOAD_CHARS = 8 * 1024;

    private AssertionSubject() {
    }

    static Optional<String> of(String assertion) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3 || parts[1].length() > MAX_PAYLOAD_CHARS) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode subject = claims == null ? null : claims.get("sub");
            return subject != null && subject.isTextual() ? Optional.of(subject.textValue()) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
