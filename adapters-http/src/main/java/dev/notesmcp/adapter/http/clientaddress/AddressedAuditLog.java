package dev.notesmcp.adapter.http.clientaddress;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.time.Instant;
import java.util.List;

/**
 * The audit log the use cases and tools are given: each event recorded while this server handles a
 * request carries that request's {@link ClientAddress} as {@link AuditDetail#CLIENT_ADDRESS}. The
 * use cases' commands carry no transport facts; the web layer knows the address, and every use
 * case and tool call runs on the thread handling its request (the MCP server executes tools
 * immediately), so the address {@link ClientAddressFilter} holds for the request's thread reaches
 * exactly that request's events. Outside a request (the cleaner, the admin CLI) nothing is added.
 */
public final class AddressedAuditLog implements AuditLog {

    private static final ThreadLocal<ClientAddress> HANDLING = new ThreadLocal<>();

    private final AuditLog log;

    public AddressedAuditLog(AuditLog log) {
        this.log = log;
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

    @Override
    public void record(AuditEvent event) {
        log.record(addressed(event));
    }

    @Override
    public List<AuditEvent> find(AuditQuery query) {
        return log.find(query);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return log.removeOlderThan(cutoff);
    }

    /** A peer known only by a name (no socket address) is not an IP address: the event goes without it. */
    private static AuditEvent addressed(AuditEvent event) {
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
