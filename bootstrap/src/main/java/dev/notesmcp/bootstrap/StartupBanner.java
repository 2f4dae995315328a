package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.oauth.AuthorizationEndpoint;
import dev.notesmcp.bootstrap.config.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** What a person starting the server needs to read: where to point their MCP client, and any risk. */
final class StartupBanner {

    private StartupBanner() {
    }

    static List<String> lines(Settings settings, int boundPort) {
        return lines(settings, boundPort, OptionalInt.empty());
    }

    /** @param managementPort where {@code /metrics} is bound, when {@code MANAGEMENT_PORT} is set */
    static List<String> lines(Settings settings, int boundPort, OptionalInt managementPort) {
        HttpSettings http = HttpSettings.of(settings.publicUrl(), settings.allowedOrigins());
        List<String> lines = new ArrayList<>();
        lines.add("notes-mcp " + Version.current() + " listening on " + settings.host() + ":" + boundPort);
        lines.add("  MCP endpoint (paste into MCP Inspector, Streamable HTTP): " + http.resourceUrl());
        lines.add("  Protected resource metadata: " + http.resourceMetadataUrl());
        lines.add("  Health: " + settings.publicUrl() + "/health");
        settings.management().ifPresent(management -> {
            String host = management.host().contains(":") ? "[" + management.host() + "]" : management.host();
            lines.add("  Metrics (Prometheus, management listener only): http://" + host + ":"
                    + managementPort.orElse(management.port()) + "/metrics");
        });
        for (String provider : settings.identityProviderNames()) {
            lines.add("  Sign-in with " + provider + ", callback URL: " + settings.publicUrl()
                    + AuthorizationEndpoint.callbackPath(provider));
        }
        lines.add("  Stores: " + settings.stores().durable().name() + " (durable), "
                + settings.stores().shortLived().name() + " (short-lived)");
        if (settings.jwtSigningSecretIsEphemeral()) {
            lines.add("  WARNING: JWT_SIGNING_SECRET is not set; using a random one for this run only."
                    + " Tokens stop working on restart. Set it with: openssl rand -hex 32");
        }
        return lines;
    }
}
