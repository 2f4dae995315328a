package dev.notesmcp.bootstrap.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * {@code CIMD} (default true): whether a client_id may be the URL of a client metadata document;
 * {@code CIMD_ALLOW_LOOPBACK} (default false): test-only, lets documents be fetched over plain
 * http from a loopback address. Refused unless {@code PUBLIC_URL} is loopback: on a public server
 * it would let anyone make the server fetch from its own machine.
 */
final class ClientMetadataDocumentsVariables {

    static final String CIMD = "CIMD";
    static final String ALLOW_LOOPBACK = "CIMD_ALLOW_LOOPBACK";

    private ClientMetadataDocumentsVariables() {
    }

    static ClientMetadataDocumentSettings read(Environment env, URI publicUrl, List<String> problems) {
        boolean enabled = flag(env, CIMD, true, problems);
        boolean allowLoopback = flag(env, ALLOW_LOOPBACK, false, problems);
        if (allowLoopback && !SettingsLoader.isLoopback(publicUrl)) {
            problems.add(ALLOW_LOOPBACK + ": only for tests on a loopback PUBLIC_URL (got " + publicUrl
                    + "); remove it, or it would let anyone make this server fetch from its own machine");
            allowLoopback = false;
        }
        return new ClientMetadataDocumentSettings(enabled, allowLoopback);
    }

    private static boolean flag(Environment env, String name, boolean fallback, List<String> problems) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return SettingsLoader.bool(raw.get());
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return fallback;
        }
    }
}
