package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.domain.oauth.OAuthError;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/**
 * Writes an OAuth error as JSON (RFC 6749 §5.2, RFC 7009 §2.2.1, RFC 7591 §3.2.2):
 * {@code {"error":"…","error_description":"…"}} with the code's HTTP status, never cached.
 * Endpoints add their own extra headers (such as {@code WWW-Authenticate}) before calling it.
 */
public final class OAuthErrorResponses {

    /** Descriptions may quote what the client sent; keep them short. */
    static final int MAX_DESCRIPTION_LENGTH = 300;

    private final JsonResponses json;

    public OAuthErrorResponses(JsonResponses json) {
        this.json = json;
    }

    public void send(ServerResponse response, OAuthError error) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.PRAGMA, "no-cache");
        json.send(response, Status.create(error.code().httpStatus()),
                new ErrorBody(error.code().value(), describe(error.description())));
    }

    /**
     * RFC 6749 §5.2 allows only printable ASCII except {@code "} and {@code \} in
     * {@code error_description}; anything else (which can only have come from the client) is replaced.
     */
    static String describe(String description) {
        StringBuilder result = new StringBuilder(Math.min(description.length(), MAX_DESCRIPTION_LENGTH));
        for (int i = 0; i < description.length() && result.length() < MAX_DESCRIPTION_LENGTH; i++) {
            char c = description.charAt(i);
            result.append(c == '"' ? '\'' : c >= 0x20 && c <= 0x7E && c != '\\' ? c : '?');
        }
        return description.length() > MAX_DESCRIPTION_LENGTH
                ? result.replace(MAX_DESCRIPTION_LENGTH - 3, MAX_DESCRIPTION_LENGTH, "...").toString()
                : result.toString();
    }

    /** The RFC 6749 §5.2 members; Jackson writes the record's component names. */
    record ErrorBody(String error, String error_description) {
    }
}
