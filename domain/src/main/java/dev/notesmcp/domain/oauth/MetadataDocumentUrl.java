package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.LoopbackHost;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code client_id} that is the URL of the client's metadata document (MCP 2025-11-25
 * SEP-991, draft-ietf-oauth-client-id-metadata-document §3): {@code https}, with a host and a
 * path, no fragment, no user info and no {@code .} or {@code ..} segment, at most
 * {@value #MAX_LENGTH} characters. A plain {@code http} URL is well formed only for a literal
 * loopback host ({@link #isLoopbackHttp()}); whether it may be fetched is the deployment's
 * choice (CIMD_ALLOW_LOOPBACK), never the domain's.
 */
public record MetadataDocumentUrl(URI uri) {

    public static final int MAX_LENGTH = 1024;

    public MetadataDocumentUrl {
        Objects.requireNonNull(uri, "uri");
        problem(uri).ifPresent(problem -> {
            throw new InvalidValueException("client_id", problem);
        });
    }

    /** The URL {@code value} designates, when it is a well-formed metadata document URL. */
    public static Optional<MetadataDocumentUrl> parse(String value) {
        if (value == null || value.length() > MAX_LENGTH || !looksLikeUrl(value)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            return problem(uri).isEmpty() ? Optional.of(new MetadataDocumentUrl(uri)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code value} starts like a URL, so that its refusal can say what is wrong with it. */
    public static boolean looksLikeUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static Optional<String> problem(URI uri) {
        String text = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (text.length() > MAX_LENGTH) {
            return Optional.of("a metadata document URL has at most " + MAX_LENGTH + " characters");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("a metadata document URL must be an absolute https URL with a host");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LoopbackHost.is(uri.getHost()))) {
            return Optional.of("a metadata document URL must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("a metadata document URL must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("a metadata document URL must not contain a fragment");
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return Optional.of("a metadata document URL must have a path (e.g. https://app.example/client.json)");
        }
        if (Arrays.stream(path.split("/", -1)).anyMatch(s -> s.equals(".") || s.equals(".."))) {
            return Optional.of("a metadata document URL must not contain . or .. path segments");
        }
        return Optional.empty();
    }

    public String host() {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** A plain-http loopback URL: fetchable only where the deployment allows loopback documents. */
    public boolean isLoopbackHttp() {
        return uri.getScheme().equals("http");
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
