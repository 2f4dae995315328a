package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * What the token and revocation endpoints share: reading a client's form request (a small form
 * body without repeated parameters, and readable client credentials) and answering OAuth errors.
 */
final class ClientRequests {

    private final OAuthErrorResponses errors;

    ClientRequests(JsonResponses json) {
        this.errors = new OAuthErrorResponses(json);
    }

    record ClientRequest(FormParameters form, ClientCredentials client) {
    }

    /** The request, or empty when the error response has already been sent. */
    Optional<ClientRequest> read(ServerRequest request, ServerResponse response) {
        FormParameters form;
        switch (FormBody.read(request)) {
            case FormBody.Parsed parsed -> form = parsed.form();
            case FormBody.Refused refused -> {
                fail(response, OAuthError.invalidRequest(refused.reason()));
                return Optional.empty();
            }
        }
        return switch (ClientCredentialsReader.read(request, form)) {
            case ClientCredentialsReader.Read read -> Optional.of(new ClientRequest(form, read.credentials()));
            case ClientCredentialsReader.Unreadable unreadable -> {
                fail(response, unreadable.error());
                yield Optional.empty();
            }
        };
    }

    void fail(ServerResponse response, OAuthError error) {
        if (error.code() == OAuthErrorCode.INVALID_CLIENT) {
            // RFC 6749 §5.2: a 401 for client authentication names the scheme to use.
            response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"notes-mcp\"");
        }
        errors.send(response, error);
    }

    static void noStore(ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store").header(HeaderNames.PRAGMA, "no-cache");
    }
}
