package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;

import java.util.Optional;

/** What each user has agreed to give each client (durable). */
public interface ConsentRepository {

    Optional<Consent> find(UserId user, ClientId client);

    /** Stores the consent, replacing any earlier one for the same user and client. */
    void save(Consent consent);

    /** Forgets every consent of the user, over every client ({@code admin users revoke}); how many there were. */
    int removeAll(UserId user);

    /** Forgets every user's consent to the client ({@code admin clients revoke}); how many there were. */
    int removeAll(ClientId client);

    /** Forgets the user's consent to the client (the connected-apps page); whether there was one. */
    boolean remove(UserId user, ClientId client);
}
