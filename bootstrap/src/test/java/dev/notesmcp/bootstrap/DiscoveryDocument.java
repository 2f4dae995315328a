package dev.notesmcp.bootstrap;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A provider's discovery document on {@code http://127.0.0.1:<port><path>/.well-known/openid-configuration}
 * that names {@code reportedIssuer} as its issuer (a proxy in front of another GitLab, a copied
 * URL of the wrong tenant…); everything else in it is sound.
 */
final class DiscoveryDocument implements AutoCloseable {

    private final HttpServer http;
    private final String path;

    private DiscoveryDocument(HttpServer http, String path) {
        this.http = http;
        this.path = path;
    }

    static DiscoveryDocument naming(String path, String reportedIssuer) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            String base = "http://127.0.0.1:" + http.getAddress().getPort() + path;
            byte[] document = ("{\"issuer\":\"" + reportedIssuer + "\","
                    + "\"authorization_endpoint\":\"" + base + "/oauth/authorize\","
                    + "\"token_endpoint\":\"" + base + "/oauth/token\","
                    + "\"userinfo_endpoint\":\"" + base + "/oauth/userinfo\","
                    + "\"jwks_uri\":\"" + base + "/oauth/discovery/keys\","
                    + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8);
            http.createContext(path + "/.well-known/openid-configuration", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, document.length);
                exchange.getResponseBody().write(document);
                exchange.close();
            });
            http.start();
            return new DiscoveryDocument(http, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer an operator configured: where this document is served from. */
    URI issuer() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
