package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.LoopbackHost;
import dev.notesmcp.domain.WellFormedText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A registered redirect URI: absolute, without a fragment (RFC 6749 §3.1.2), and either https or
 * http on a loopback address (RFC 8252 §7.3, OAuth 2.1 §2.3.1). Private-use schemes such as
 * {@code com.example.app:/cb} (RFC 8252 §7.1) are accepted for native apps.
 */
public record RedirectUri(String value) {

    public static final int MAX_LENGTH = 2000;
    private static final int MAX_PORT = 65535;

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
        } else if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("file")
                || scheme.equals("vbscript") || !scheme.contains(".")) {
            // Private-use schemes must be reverse domain names (RFC 8252 §7.1); the rest are dangerous.
            throw invalid("must use https, loopback http, or a reverse-domain private-use scheme");
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
