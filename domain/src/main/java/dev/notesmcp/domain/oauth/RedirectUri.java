package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.LoopbackHost;
import dev.notesmcp.domain.WellFormedText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A registered redirect URI: absolute, without a fragment (RFC 6749 §3.1.2), and either https,
 * http on a loopback address (RFC 8252 §7.3, OAuth 2.1 §2.3.1), or a native app's private-use
 * scheme such as {@code cursor://anysphere.cursor-mcp/cb} or {@code com.example.app:/cb}
 * (RFC 8252 §7.1), matched exactly. RFC 8252 asks apps to use reverse-domain schemes, but that is
 * the app's duty, not a server check: popular clients (Cursor) use a plain name. Schemes that run
 * code or read local content in a browser, and other standard schemes no app can claim, are refused.
 */
public record RedirectUri(String value) {

    public static final int MAX_LENGTH = 2000;
    private static final int MAX_PORT = 65535;
    /** Run script or show local content in the browser (dangerous), or belong to no app (ws, mailto…). */
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "data", "file", "vbscript", "blob",
            "about", "filesystem", "view-source", "ftp", "ws", "wss", "mailto", "tel", "sms", "urn", "jar");

    public RedirectUri {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw invalid("must be an absolute URI of at most " + MAX_LENGTH + " characters");
        }
        WellFormedText.require("redirect_uri", value);
        URI uri = parse(value);
        if (uri.getRawFragment() != null || value.contains("#")) {
            throw invalid("must not contain a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            if (!LoopbackHost.is(uri.getHost())) {
                throw invalid("must use https, or http only on a loopback address (127.0.0.1, [::1], localhost)");
            }
        } else if (scheme.equals("https")) {
            if (uri.getHost() == null) {
                throw invalid("must name a host");
            }
        } else if (REFUSED_SCHEMES.contains(scheme)) {
            throw invalid("must use https, loopback http, or a native app's private-use scheme; '" + scheme
                    + ":' cannot be a redirect target");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not contain user info");
        }
        if (uri.getPort() > MAX_PORT) {
            throw invalid("has a port beyond 65535");
        }
    }

    /**
     * Whether {@code requested} is this registered URI. Exact string comparison (OAuth 2.1 §4.1.3),
     * except that for loopback http the port may differ, since native apps get one at run time
     * (RFC 8252 §7.3).
     */
    public boolean matches(String requested) {
        if (value.equals(requested)) {
            return true;
        }
        if (requested == null || !isLoopbackHttp()) {
            return false;
        }
        try {
            URI registered = new URI(value);
            URI candidate = new URI(requested);
            return "http".equalsIgnoreCase(candidate.getScheme())
                    && registered.getHost().equalsIgnoreCase(candidate.getHost())
                    && candidate.getRawUserInfo() == null && candidate.getRawFragment() == null
                    && candidate.getPort() <= MAX_PORT
                    && eq(emptyIfNull(registered.getRawPath()), emptyIfNull(candidate.getRawPath()))
                    && eq(registered.getRawQuery(), candidate.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String emptyIfNull(String path) {
        return path == null ? "" : path;
    }

    /** An https page on a host other than this machine: what a web client is redirected to. */
    public boolean isWebPage() {
        URI uri = URI.create(value);
        return "https".equalsIgnoreCase(uri.getScheme()) && !LoopbackHost.is(uri.getHost());
    }

    public boolean isLoopbackHttp() {
        URI uri = URI.create(value);
        return "http".equalsIgnoreCase(uri.getScheme()) && LoopbackHost.is(uri.getHost());
    }

    /** The host to show a person on the consent page (or the scheme for a native app). */
    public String displayHost() {
        URI uri = URI.create(value);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        // A private-use scheme's "host" proves nothing (RFC 8252 §8.6): show the scheme, which names the app.
        boolean web = scheme.equals("http") || scheme.equals("https");
        return web && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : scheme + ":";
    }

    /** Exact: an empty query is not an absent one (RFC 3986 §6.2.3). */
    private static boolean eq(String a, String b) {
        return Objects.equals(a, b);
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw invalid("must be an absolute URI");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URI");
        }
    }

    private static InvalidValueException invalid(String message) {
        return new InvalidValueException("redirect_uri", message);
    }
}
