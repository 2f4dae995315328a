package dev.notesmcp.bootstrap.config;

import java.util.Objects;

/**
 * Where {@code /metrics} listens ({@code MANAGEMENT_HOST}:{@code MANAGEMENT_PORT}): a loopback or
 * private address, never the public port. Port 0 takes any free port (tests).
 */
public record ManagementListener(String host, int port) {

    public ManagementListener {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a management host is never blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is from 0 to 65535 (got " + port + ")");
        }
    }
}
