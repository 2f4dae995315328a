package dev.notesmcp.bootstrap.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code MANAGEMENT_PORT} and {@code MANAGEMENT_HOST}: when the port is set, {@code /metrics}
 * listens there, on loopback unless the host says otherwise (a private network address), and
 * never on the public {@code PORT}. Unset, there is no management listener and nothing is measured.
 */
final class ManagementVariables {

    static final String PORT = "MANAGEMENT_PORT";
    static final String HOST = "MANAGEMENT_HOST";
    static final String DEFAULT_HOST = "127.0.0.1";

    private ManagementVariables() {
    }

    static Optional<ManagementListener> read(Environment env, int publicPort, List<String> problems) {
        Optional<String> rawPort = env.get(PORT);
        Optional<String> host = env.get(HOST);
        if (rawPort.isEmpty()) {
            host.ifPresent(any -> problems.add(HOST + ": is used only with " + PORT + "; set " + PORT
                    + " to serve /metrics, or remove " + HOST));
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(rawPort.get().strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            problems.add(PORT + ": must be a port number from 1 to 65535, or 0 for any free port (got '"
                    + rawPort.get() + "')");
            return Optional.empty();
        }
        if (port == publicPort) {
            problems.add(PORT + ": must differ from PORT (" + publicPort + "); /metrics is never served on the"
                    + " public port");
            return Optional.empty();
        }
        if (host.isPresent() && host.get().isBlank()) {
            problems.add(HOST + ": must be an address to listen on, such as 127.0.0.1 or a private network address");
            return Optional.empty();
        }
        return Optional.of(new ManagementListener(host.orElse(DEFAULT_HOST).strip(), port));
    }
}
