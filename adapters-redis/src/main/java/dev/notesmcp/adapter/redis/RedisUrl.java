package dev.notesmcp.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code REDIS_URL}: {@code redis://[[username]:password@]host[:port][/db]}, or
 * {@code rediss://…} for TLS. User name and password are percent-decoded; a lone user-info
 * without a colon ({@code redis://secret@host}) is a password, as Redis clients read it. Mistakes
 * are an {@link IllegalArgumentException} whose message starts with {@code REDIS_URL} and never
 * contains the password; {@link #toString()} masks it too.
 */
public record RedisUrl(boolean tls, String host, int port, int database, Optional<String> username,
                       Optional<String> password) {

    public static final String VARIABLE = "REDIS_URL";
    public static final int DEFAULT_PORT = 6379;

    public RedisUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (host.isBlank()) {
            throw invalid("has no host");
        }
        if (port < 1 || port > 65535) {
            throw invalid("has a port outside 1-65535");
        }
        if (database < 0) {
            throw invalid("has a negative database index");
        }
    }

    public static RedisUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("is empty; expected redis://[:password@]host:port[/db]");
        }
        String trimmed = value.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            // never echo the input: it may hold the password
            throw invalid("is not a valid URL; expected redis://[:password@]host:port[/db]");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean tls = switch (scheme) {
            case "redis" -> false;
            case "rediss" -> true;
            default -> throw invalid("must start with redis:// or rediss:// (TLS)");
        };
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("has no host (or a host that is not a valid name); expected redis://[:password@]host:port[/db]");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();

        Optional<String> username = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                password = Optional.of(decode(userInfo));
            } else {
                String user = decode(userInfo.substring(0, colon));
                String pass = decode(userInfo.substring(colon + 1));
                username = user.isEmpty() ? Optional.empty() : Optional.of(user);
                password = pass.isEmpty() ? Optional.empty() : Optional.of(pass);
            }
        }

        int database = 0;
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            String db = path.substring(1);
            if (!db.matches("[0-9]{1,5}")) {
                throw invalid("has a path that is not a database index (expected /0, /1, ...)");
            }
            database = Integer.parseInt(db);
        }
        return new RedisUrl(tls, host, port, database, username, password);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("has a badly percent-encoded user name or password");
        }
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(VARIABLE + " " + problem);
    }

    /** The URL with the password masked, fit for logs. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(tls ? "rediss://" : "redis://");
        if (username.isPresent() || password.isPresent()) {
            username.ifPresent(out::append);
            if (password.isPresent()) {
                out.append(":****");
            }
            out.append('@');
        }
        out.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
        return out.toString();
    }
}
