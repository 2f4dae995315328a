package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.Optional;

/**
 * The name people see on the consent page: stripped, a default when blank, bounded, and with
 * nothing that could disguise it (control characters, bidirectional overrides and marks).
 */
final class ClientNameRule {

    static final String DEFAULT_CLIENT_NAME = "Unnamed client";

    private ClientNameRule() {
    }

    static String name(Optional<String> requested) {
        if (requested.isEmpty()) {
            return DEFAULT_CLIENT_NAME;
        }
        String name = Check.text("client_name", requested.get(), 0, Integer.MAX_VALUE).strip();
        if (name.isEmpty()) {
            return DEFAULT_CLIENT_NAME;
        }
        if (name.codePointCount(0, name.length()) > RegisteredClient.MAX_NAME_LENGTH) {
            throw new InvalidValueException("client_name", "at most " + RegisteredClient.MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(ClientNameRule::isDisguising)) {
            throw new InvalidValueException("client_name",
                    "must not contain control or bidirectional formatting characters");
        }
        return name;
    }

    private static boolean isDisguising(int codePoint) {
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E) // embeddings and overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069) // isolates
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C; // marks
    }
}
