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
        if (value == null || !(URL_SAFE.matcher(value).matches() || MetadataDocumentUrl.parse(value).isPresent())) {
            throw new InvalidValueException("client_id", "is not a client id issued by this server"
                    + " nor a client metadata document URL");
        }
    }

    /** The metadata document this id designates, when it is a URL (a CIMD client). */
    public Optional<MetadataDocumentUrl> documentUrl() {
        return URL_SAFE.matcher(value).matches() ? Optional.empty() : MetadataDocumentUrl.parse(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
