package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
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
    private final Clock clock;

    public ClientDirectory(ClientRepository registered, Optional<ClientMetadataDocuments> documents, Clock clock) {
        this.registered = Objects.requireNonNull(registered, "registered");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registered clients only: client metadata documents off. */
    public static ClientDirectory registeredOnly(ClientRepository registered) {
        return new ClientDirectory(registered, Optional.empty(), Clock.systemUTC());
    }

    ClientRepository registered() {
        return registered;
    }

    Lookup find(ClientId id) {
        Optional<MetadataDocumentUrl> url = id.documentUrl();
        if (url.isEmpty() || documents.isEmpty()) {
            return registered.find(id).<Lookup>map(Lookup.Found::new).orElse(new Lookup.Unknown());
        }
        return switch (documents.get().fetch(url.get())) {
            case ClientMetadataDocuments.Unavailable unavailable ->
                    new Lookup.Refused("its client metadata document could not be fetched: " + unavailable.reason());
            case ClientMetadataDocuments.Fetched fetched ->
                    switch (MetadataDocumentPolicy.review(url.get(), fetched.document(), clock.instant())) {
                        case MetadataDocumentPolicy.Review.Accepted accepted -> new Lookup.Found(accepted.client());
                        case MetadataDocumentPolicy.Review.Refused refused -> new Lookup.Refused(
                                "its client metadata document is refused (" + refused.error().code().value() + ": "
                                        + refused.error().description() + ")");
                    };
        };
    }

    sealed interface Lookup {
        record Found(RegisteredClient client) implements Lookup {
        }

        record Unknown() implements Lookup {
        }

        /** A metadata document client that cannot be used, and why. */
        record Refused(String reason) implements Lookup {
        }
    }
}
