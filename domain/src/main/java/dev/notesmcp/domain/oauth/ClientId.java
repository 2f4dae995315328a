package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's identifier: either issued by us at registration (URL-safe, 1–128 characters) or the
 * URL of the client's metadata document (CIMD, see {@link MetadataDocumentUrl}).
 */
public record ClientId(String value) {

    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    public ClientId {
        if (value == null || !(isUrlSafe(value) || MetadataDocumentUrl.parse(value).isPresent())) {
            throw new InvalidValueException("client_id", "is not a client id issued by this server"
                    + " nor a client metadata document URL");
        }
    }

    /** The metadata document this id designates, when it is a URL (a CIMD client). */
    public Optional<MetadataDocumentUrl> documentUrl() {
        return isUrlSafe(value) ? Optional.empty() : MetadataDocumentUrl.parse(value);
    }

    /**
     * {@link #URL_SAFE} as a loop: every tool call's audit event and every token check makes a client id,
     * and the regular expression was 1 % of a {@code list_notes} call's CPU. ClientIdTest holds the two equal.
     */
    static boolean isUrlSafe(String value) {
        int length = value.length();
        if (length == 0 || length > 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && c != '.' && c != '_' && c != '~' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The rule {@link #isUrlSafe} implements, for its test. */
    static Pattern urlSafePattern() {
        return URL_SAFE;
    }

    @Override
    public String toString() {
        return value;
    }
}
