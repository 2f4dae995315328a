package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientKeys;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.registration.MetadataDocumentPolicy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the client a request names: a registered one in the store, or — when client metadata
 * documents are on — the client its URL's document describes, fetched and reviewed on each
 * lookup (the port may cache the fetch). A CIMD client is never stored as a registration.
 */
public final class ClientDirectory {

    private final ClientRepository registered;
    private final Optional<ClientMetadataDocuments> documents;
    private final Optional<ClientAssertionCheck> assertions;
    private final Clock clock;

    /**
     * {@code assertions} authenticate the documents' {@code private_key_jwt} clients; without it
     * such a document is refused (only public document clients are usable).
     */
    public ClientDirectory(ClientRepository registered, Optional<ClientMetadataDocuments> documents,
                           Optional<ClientAssertionCheck> assertions, Clock clock) {
        this.registered = Objects.requireNonNull(registered, "registered");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.assertions = Objects.requireNonNull(assertions, "assertions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registered clients and public metadata document clients. */
    public ClientDirectory(ClientRepository registered, Optional<ClientMetadataDocuments> documents, Clock clock) {
        this(registered, documents, Optional.empty(), clock);
    }

    /** Registered clients only: client metadata documents off. */
    public static ClientDirectory registeredOnly(ClientRepository registered) {
        return new ClientDirectory(registered, Optional.empty(), Clock.systemUTC());
    }

    ClientRepository registered() {
        return registered;
    }

    Optional<ClientAssertionCheck> assertions() {
        return assertions;
    }

    Lookup find(ClientId id) {
        Optional<MetadataDocumentUrl> url = id.documentUrl();
        if (url.isEmpty() || documents.isEmpty()) {
            return registered.find(id).<Lookup>map(client -> new Lookup.Found(client, Optional.empty()))
                    .orElse(new Lookup.Unknown());
        }
        return switch (documents.get().fetch(url.get())) {
            case ClientMetadataDocuments.Unavailable unavailable ->
                    new Lookup.Refused("its client metadata document could not be fetched: " + unavailable.reason());
            case ClientMetadataDocuments.Fetched fetched ->
                    switch (MetadataDocumentPolicy.review(url.get(), fetched.document(), clock.instant())) {
                        case MetadataDocumentPolicy.Review.Accepted accepted
                                when accepted.keys().isPresent() && assertions.isEmpty() -> new Lookup.Refused(
                                "its token_endpoint_auth_method private_key_jwt is not enabled on this server");
                        case MetadataDocumentPolicy.Review.Accepted accepted ->
                                new Lookup.Found(accepted.client(), accepted.keys());
                        case MetadataDocumentPolicy.Review.Refused refused -> new Lookup.Refused(
                                "its client metadata document is refused (" + refused.error().code().value() + ": "
                                        + refused.error().description() + ")");
                    };
        };
    }

    sealed interface Lookup {
        /** {@code keys}: a {@code private_key_jwt} document client's, empty for every other client. */
        record Found(RegisteredClient client, Optional<ClientKeys> keys) implements Lookup {
        }

        record Unknown() implements Lookup {
        }

        /** A metadata document client that cannot be used, and why. */
        record Refused(String reason) implements Lookup {
        }
    }
}
