package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.application.port.out.ClientRepository.UsedClient;
import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** For operators ({@code admin clients|grants list|show}): which clients exist and what each user allowed them. */
public interface ReviewAccessUseCase {

    /** Every registered client with its last use, by id. */
    List<UsedClient> clients();

    /** One registered client, its last use and its grants (newest first); empty when it is not registered. */
    Optional<ClientDetails> client(ClientId id);

    /** The grants the filter selects, revoked ones included, newest first. */
    List<Grant> grants(GrantFilter filter);

    record ClientDetails(UsedClient client, List<Grant> grants) {
        public ClientDetails {
            Objects.requireNonNull(client, "client");
            grants = List.copyOf(grants);
        }
    }
}
