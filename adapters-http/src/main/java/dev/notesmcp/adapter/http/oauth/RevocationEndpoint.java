package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.RevokeTokenUseCase;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.Metrics.TokenOperation;
import dev.notesmcp.domain.oauth.OAuthError;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code POST /revoke} (RFC 7009): 200 for any token, known or not (§2.2). */
public final class RevocationEndpoint implements HttpService {

    public static final String PATH = "/revoke";

    private final RevokeTokenUseCase revoke;
    private final ClientRequests requests;
    private final Metrics metrics;

    public RevocationEndpoint(RevokeTokenUseCase revoke, JsonResponses json) {
        this(revoke, json, Metrics.none());
    }

    /** @param metrics where each answer of the use case is counted */
    public RevocationEndpoint(RevokeTokenUseCase revoke, JsonResponses json, Metrics metrics) {
        this.revoke = revoke;
        this.requests = new ClientRequests(json);
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::revoke);
        MethodNotAllowed.register(rules, PATH, Method.POST);
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        Optional<ClientRequests.ClientRequest> parsed = requests.read(request, response);
        if (parsed.isEmpty()) {
            return;
        }
        FormParameters form = parsed.get().form();
        Optional<String> token = form.get("token");
        if (token.isEmpty()) {
            requests.fail(response, OAuthError.invalidRequest("token is required"));
            return;
        }
        Optional<OAuthError> error = revoke.revoke(parsed.get().client(), token.get(), form.get("token_type_hint"));
        metrics.tokenRequest(TokenOperation.REVOCATION, error.map(OAuthError::code));
        if (error.isPresent()) {
            requests.fail(response, error.get());
            return;
        }
        ClientRequests.noStore(response);
        response.status(Status.OK_200).send();
    }
}
