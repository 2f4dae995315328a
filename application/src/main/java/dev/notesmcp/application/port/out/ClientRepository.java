package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.Optional;

/** Registered OAuth clients (durable). */
public interface ClientRepository {

    void add(RegisteredClient client);

    Optional<RegisteredClient> find(ClientId id);
}
