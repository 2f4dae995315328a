package dev.notesmcp.bootstrap.config;

import java.net.URI;
import java.util.Locale;

/** The origin ({@code scheme://host[:port]}) of a URL, as browsers send it in {@code Origin}. */
public final class Origins {

    private Origins() {
    }

    public static String of(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
