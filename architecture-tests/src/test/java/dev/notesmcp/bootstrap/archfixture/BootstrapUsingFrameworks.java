package dev.notesmcp.bootstrap.archfixture;

import com.nimbusds.archfixture.FakeOidcProviderMetadata;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import io.helidon.cors.CrossOriginConfig;
import io.helidon.webserver.cors.CorsSupport;
import io.modelcontextprotocol.spec.McpSchema;
import reactor.core.publisher.Mono;

/** Bootstrap using the web adapter's frameworks instead of letting the adapter own them. */
public final class BootstrapUsingFrameworks {

    public ObjectMapper jackson() {
        return null;
    }

    public McpSchema.Tool mcp() {
        return null;
    }

    public Mono<String> reactor() {
        return Mono.empty();
    }

    public TemplateEngine jte() {
        return null;
    }

    public CorsSupport helidonCors() {
        return null;
    }

    public CrossOriginConfig helidonCorsConfig() {
        return null;
    }

    public java.net.http.HttpClient jdkHttpClient() {
        return null;
    }

    public FakeOidcProviderMetadata nimbus() {
        return null;
    }
}
