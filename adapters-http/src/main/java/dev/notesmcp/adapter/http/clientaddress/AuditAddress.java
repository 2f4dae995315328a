package dev.notesmcp.adapter.http.clientaddress;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;

/**
 * The client address of the request this thread handles, for the audit events recorded meanwhile
 * ({@link AuditDetail#CLIENT_ADDRESS}). The use cases' commands carry no transport facts; the web
 * layer knows the address, and every use case and tool call runs on the thread handling its
 * request (the MCP server executes tools immediately), so what {@link ClientAddressFilter} holds
 * for that thread reaches exactly that request's events. The audit writer applies {@link #stamp}
 * on the recording thread, before its queue; outside a request (the cleaner, the admin CLI)
 * nothing is added.
 */
public final class AuditAddress {

    private static final ThreadLocal<ClientAddress> HANDLING = new ThreadLocal<>();

    private AuditAddress() {
    }

    /** Runs {@code handling} with {@code address} as the address of the events it records. */
    static void during(ClientAddress address, Runnable handling) {
        HANDLING.set(address);
        try {
            handling.run();
        } finally {
            HANDLING.remove();
        }
    }

    /** {@code event} with this thread's request address; a peer known only by a name is left out. */
    public static AuditEvent stamp(AuditEvent event) {
        ClientAddress address = HANDLING.get();
        if (address == null) {
            return event;
        }
        try {
            return event.with(AuditDetail.CLIENT_ADDRESS, address.value());
        } catch (InvalidValueException e) {
            return event;
        }
    }
}
