package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.port.in.oauth.ReviewAccessUseCase.ClientDetails;
import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase.ClientRevocation;
import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase.UserRevocation;
import dev.notesmcp.application.port.out.ClientRepository.UsedClient;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clients and grants as a table (people) or as JSON values (scripts); never a secret or its hash. */
final class AccessViews {

    private AccessViews() {
    }

    static String clientsTable(List<UsedClient> clients) {
        TextTable table = new TextTable("CLIENT_ID", "NAME", "TYPE", "AUTH", "REGISTERED", "LAST_USED");
        clients.forEach(used -> table.row(used.client().id().value(), used.client().name(),
                used.client().applicationType().value(), used.client().authMethod().value(),
                used.client().issuedAt().toString(), used.lastUsed().toString()));
        return table.render();
    }

    static String grantsTable(List<Grant> grants) {
        TextTable table = new TextTable("GRANT_ID", "USER", "LOGIN", "CLIENT_ID", "SCOPES", "CREATED", "REVOKED");
        grants.forEach(grant -> table.row(grant.id().value(), grant.user().value(), grant.login(),
                grant.client().value(), grant.scopes().asString(), grant.createdAt().toString(),
                grant.revokedAt().map(Object::toString).orElse("-")));
        return table.render();
    }

    static String clientText(ClientDetails details) {
        RegisteredClient client = details.client().client();
        return "client_id:        " + client.id().value()
                + "\nname:             " + client.name()
                + "\ntype:             " + client.applicationType().value()
                + "\nauth method:      " + client.authMethod().value()
                + "\nscopes:           " + client.scopes().asString()
                + "\nrefresh tokens:   " + (client.refreshTokens() ? "yes" : "no")
                + "\nredirect URIs:    " + String.join(" ", client.redirectUris().stream().map(RedirectUri::value).toList())
                + "\nregistered:       " + client.issuedAt()
                + "\nlast used:        " + details.client().lastUsed()
                + "\n\n" + grantsTable(details.grants());
    }

    static Map<String, Object> client(UsedClient used) {
        RegisteredClient client = used.client();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("client_id", client.id().value());
        json.put("client_name", client.name());
        json.put("application_type", client.applicationType().value());
        json.put("token_endpoint_auth_method", client.authMethod().value());
        json.put("scope", client.scopes().asString());
        json.put("refresh_tokens", client.refreshTokens());
        json.put("redirect_uris", client.redirectUris().stream().map(RedirectUri::value).toList());
        json.put("registered_at", client.issuedAt().toString());
        json.put("last_used_at", used.lastUsed().toString());
        return json;
    }

    static Map<String, Object> clientDetails(ClientDetails details) {
        Map<String, Object> json = client(details.client());
        json.put("grants", grants(details.grants()));
        return json;
    }

    static List<Object> clients(List<UsedClient> clients) {
        return clients.stream().<Object>map(AccessViews::client).toList();
    }

    static List<Object> grants(List<Grant> grants) {
        return grants.stream().<Object>map(AccessViews::grant).toList();
    }

    static Map<String, Object> grant(Grant grant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grant_id", grant.id().value());
        json.put("user", grant.user().value());
        json.put("login", grant.login());
        json.put("client_id", grant.client().value());
        json.put("scope", grant.scopes().asString());
        json.put("created_at", grant.createdAt().toString());
        json.put("revoked_at", grant.revokedAt().map(Object::toString));
        return json;
    }

    static Map<String, Object> clientRevocation(String clientId, ClientRevocation revocation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("client_id", clientId);
        json.put("registration_removed", revocation.registrationRemoved());
        json.put("grants", grants(revocation.grants()));
        json.put("consents_forgotten", revocation.consentsForgotten());
        return json;
    }

    static Map<String, Object> userRevocation(String user, UserRevocation revocation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user", user);
        json.put("grants", grants(revocation.grants()));
        json.put("consents_forgotten", revocation.consentsForgotten());
        return json;
    }
}
