package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registered OAuth clients (durable), each with when it was last used. */
public interface ClientRepository {

    /** Registers the client; its registration counts as its first use. */
    void add(RegisteredClient client);

    Optional<RegisteredClient> find(ClientId id);

    /**
     * Records that the client was used at {@code now}; a later use already recorded stays (clocks
     * of several instances may differ). Does nothing for an unknown client.
     */
    void recordUse(ClientId id, Instant now);

    /**
     * Removes every client whose last use — its registration, if never used — is before
     * {@code idleSince}, and returns how many went. A use recorded concurrently keeps its client.
     */
    int removeIdleSince(Instant idleSince);

    /** Every registered client with its last use, ordered by client id (for operators). */
    List<UsedClient> list();

    /** The client with its last use. */
    Optional<UsedClient> findWithUse(ClientId id);

    /** Removes the registration; false when there was none. Its grants are not touched here. */
    boolean remove(ClientId id);

    /** A registered client and when it was last used (its registration, if never used since). */
    record UsedClient(RegisteredClient client, Instant lastUsed) {
        public UsedClient {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(lastUsed, "lastUsed");
        }
    }
}
