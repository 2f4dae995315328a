package dev.notesmcp.adapter.http;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.adapter.http.health.HealthIndicator;
import dev.notesmcp.adapter.http.health.HealthService;
import dev.notesmcp.adapter.http.mcp.McpEndpoint;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.metadata.ProtectedResourceMetadataService;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import io.helidon.webserver.http.HttpRouting;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Everything the web adapter serves, ready to be put on a Helidon routing. */
public final class WebApplication implements AutoCloseable {

    private final BearerGate gate;
    private final HealthService health;
    private final ProtectedResourceMetadataService resourceMetadata;
    private final McpEndpoint mcp;

    public WebApplication(HttpSettings settings, VerifyAccessTokenUseCase verifyAccessToken, NoteToolCatalog tools,
                          List<HealthIndicator> healthIndicators, String version) {
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        JsonResponses responses = new JsonResponses(json);
        this.gate = new BearerGate(verifyAccessToken, new BearerChallenge(settings.resourceMetadataUrl()));
        this.health = new HealthService(healthIndicators, responses);
        this.resourceMetadata = new ProtectedResourceMetadataService(settings, responses);
        this.mcp = new McpEndpoint(settings, tools, json, version);
    }

    public void routing(HttpRouting.Builder routing) {
        routing.addFeature(gate.feature())
                .register(health)
                .register(resourceMetadata)
                .post(McpEndpoint.PATH, gate.authenticate())
                .register(mcp);
    }

    @Override
    public void close() {
        mcp.close();
    }
}
