package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Our resource identifier (RFC 8707 §2, the {@code resource} of our RFC 9728 metadata), and the
 * rule for whether a client's {@code resource} parameter names it. The MCP "Canonical Server URI"
 * section writes scheme and host in lower case without a trailing slash, and asks servers to accept
 * upper-case scheme and host too; so the comparison is RFC 3986 §6.2.2 / §6.2.3 equivalence:
 * scheme and host in any case, the default port written or not, percent-escapes of unreserved
 * characters decoded, and one trailing slash ignored (paths are otherwise compared as written). A fragment (RFC 8707 §2:
 * MUST NOT) or user info never names us. The token's {@code aud} stays {@link #value()}.
 */
public record CanonicalResource(String value) {

    public CanonicalResource {
        Objects.requireNonNull(value, "value");
        if (Form.of(value).isEmpty()) {
            throw new InvalidValueException("resource", "must be an absolute http(s) URL without fragment or user info");
        }
    }

    /** Whether a {@code resource} parameter identifies this resource (see the class comment). */
    public boolean isNamedBy(String requested) {
        return requested != null && Form.of(requested).equals(Form.of(value));
    }

    /** The parts RFC 3986 equivalence compares, already normalized. */
    private record Form(String scheme, String host, int port, String path, String query) {

        static Optional<Form> of(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int defaultPort = scheme.equals("https") ? 443 : 80;
            int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
            String path = unescapeUnreserved(uri.getRawPath());
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : unescapeUnreserved(uri.getRawQuery());
            return Optional.of(new Form(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path, query));
        }

        /** RFC 3986 §6.2.2.1–2: escapes of unreserved characters decoded, other escapes in upper case. */
        private static String unescapeUnreserved(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                // java.net.URI has already refused any '%' not followed by two hex digits.
                if (c == '%' && i + 2 < raw.length()) {
                    int decoded = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                    if (isUnreserved(decoded)) {
                        out.append((char) decoded);
                    } else {
                        out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                    }
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean isUnreserved(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
        }
    }
}
