package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.registration.ApprovedMetadata;
import dev.notesmcp.domain.oauth.registration.ClientMetadataPolicy;
import dev.notesmcp.domain.oauth.registration.ClientMetadataReview;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Dynamic client registration (RFC 7591): the {@link ClientMetadataPolicy} decides what is
 * registered; this gives the client its id and, when confidential, its secret, and stores it.
 */
public final class RegisterClientService implements RegisterClientUseCase {

    public static final int MAX_REDIRECT_URIS = ClientMetadataPolicy.MAX_REDIRECT_URIS;
    public static final String DEFAULT_CLIENT_NAME = ClientMetadataPolicy.DEFAULT_CLIENT_NAME;

    private final ClientRepository clients;
    private final Clock clock;

    private final Auditor audit;

    public RegisterClientService(ClientRepository clients, Clock clock) {
        this(clients, clock, AuditLog.none());
    }

    public RegisterClientService(ClientRepository clients, Clock clock, AuditLog audit) {
        this.clients = clients;
        this.clock = clock;
        this.audit = new Auditor(audit, clock);
    }

    @Override
    public Result register(Command command) {
        ClientMetadataReview review = ClientMetadataPolicy.review(command.metadata());
        return switch (review) {
            case ClientMetadataReview.Refused(var error) -> new Refused(error);
            case ClientMetadataReview.Accepted(ApprovedMetadata metadata) -> register(metadata);
        };
    }

    private Result register(ApprovedMetadata metadata) {
        Optional<OpaqueToken> secret = metadata.authMethod().isConfidential()
                ? Optional.of(OpaqueToken.random()) : Optional.empty();
        RegisteredClient client = new RegisteredClient(new ClientId(UUID.randomUUID().toString()),
                metadata.clientName(), metadata.redirectUris(), metadata.authMethod(), secret.map(OpaqueToken::hash),
                metadata.scopes(), clock.instant(), metadata.refreshTokens(), metadata.applicationType());
        clients.add(client);
        audit.record(AuditEventKind.CLIENT_REGISTERED, event -> event.client(client.id()));
        return new Registered(client, secret.map(OpaqueToken::value), metadata.grantTypes(), metadata.responseTypes());
    }
}
