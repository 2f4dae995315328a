package dev.notesmcp.adapter.http.common;

import dev.notesmcp.adapter.http.clientaddress.TrustedProxies;
import dev.notesmcp.domain.LoopbackHost;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the web adapter needs to know about where it is reachable. {@code publicUrl} is the URL
 * clients see (no trailing slash, may carry a path prefix behind a proxy); {@code trustedProxies}
 * are the proxies whose forwarding headers name the client; {@code clientIdMetadataDocuments}
 * says whether a client_id may be a metadata document URL (CIMD), as the metadata advertises.
 */
public record HttpSettings(URI publicUrl, Set<String> allowedOrigins, TrustedProxies trustedProxies,
                           boolean clientIdMetadataDocuments) {

    public HttpSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        allowedOrigins = Set.copyOf(allowedOrigins);
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    public HttpSettings(URI publicUrl, Set<String> allowedOrigins, TrustedProxies trustedProxies) {
        this(publicUrl, allowedOrigins, trustedProxies, false);
    }

    public HttpSettings withClientIdMetadataDocuments(boolean enabled) {
        return new HttpSettings(publicUrl, allowedOrigins, trustedProxies, enabled);
    }

    public static HttpSettings of(URI publicUrl, List<String> extraOrigins) {
        return of(publicUrl, extraOrigins, TrustedProxies.NONE);
    }

    public static HttpSettings of(URI publicUrl, List<String> extraOrigins, TrustedProxies trustedProxies) {
        Set<String> origins = new java.util.HashSet<>(extraOrigins);
        origins.add(originOf(publicUrl));
        return new HttpSettings(publicUrl, origins, trustedProxies);
    }

    /** The MCP endpoint, which is also our OAuth resource identifier (RFC 8707, RFC 9728 §1.2). */
    public URI resourceUrl() {
        return URI.create(publicUrl + "/mcp");
    }

    /**
     * Where the metadata for {@link #resourceUrl()} lives: the well-known suffix goes between the
     * host and the resource's path (RFC 9728 §3.1).
     */
    public URI resourceMetadataUrl() {
        URI resource = resourceUrl();
        return URI.create(originOf(resource) + "/.well-known/oauth-protected-resource" + resource.getRawPath());
    }

    /** Whether a browser page from {@code origin} may call us (DNS-rebinding defence, MCP transport spec). */
    public boolean allowsOrigin(String origin) {
        if (allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // A server published on loopback may be used from local tools such as MCP Inspector on another port.
        return isLoopback(publicUrl) && isLoopbackOrigin(origin);
    }

    /** The path prefix of {@code publicUrl} ({@code ""} when it has none). */
    public String pathPrefix() {
        String path = publicUrl.getRawPath();
        return path == null ? "" : path;
    }

    /** The origin ({@code scheme://host[:port]}, default port left out) of a URL, as browsers send it in {@code Origin}. */
    public static String originOf(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static boolean isLoopbackOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && isLoopback(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a URL's host is {@code localhost} or a literal loopback address (no DNS lookup). */
    public static boolean isLoopback(URI url) {
        return LoopbackHost.is(url.getHost());
    }
}
