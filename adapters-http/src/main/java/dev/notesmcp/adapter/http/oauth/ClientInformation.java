package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Registered;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.List;

/** The client information response (RFC 7591 §3.2.1); the secret appears only in this one response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientInformation(String client_id,
                         long client_id_issued_at,
                         String client_secret,
                         Long client_secret_expires_at,
                         List<String> redirect_uris,
                         String token_endpoint_auth_method,
                         List<String> grant_types,
                         List<String> response_types,
                         String client_name,
                         String scope,
                         String application_type) {

    static ClientInformation fromDomain(Registered registered) {
        RegisteredClient client = registered.client();
        return new ClientInformation(
                client.id().value(),
                client.issuedAt().getEpochSecond(),
                registered.clientSecret().orElse(null),
                registered.clientSecret().isPresent() ? 0L : null, // 0: the secret does not expire
                client.redirectUris().stream().map(RedirectUri::value).toList(),
                client.authMethod().value(),
                registered.grantTypes(),
                registered.responseTypes(),
                client.name(),
                client.scopes().asString(),
                client.applicationType().value());
    }

    @Override
    public String toString() {
        return "ClientInformation[client_id=" + client_id + ", client_secret=***]";
    }
}
