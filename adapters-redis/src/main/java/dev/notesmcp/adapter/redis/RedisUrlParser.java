package dev.notesmcp.adapter.redis;

import dev.notesmcp.adapter.redis.RedisUrl.Endpoint;
import dev.notesmcp.adapter.redis.RedisUrl.Topology;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.notesmcp.adapter.redis.RedisUrl.invalid;

/**
 * Reads {@code REDIS_URL}:
 * <ul>
 * <li>{@code redis://[[username]:password@]host[:port][/db]}, {@code rediss://…} for TLS;</li>
 * <li>{@code redis-sentinel://[[username]:password@]host1[:port1][,host2[:port2]…][/db]#masterName}
 *     and {@code rediss-sentinel://…}, as Lettuce's {@code RedisURI} reads them (sentinel port
 *     26379 by default; the password is the master's, the sentinels are asked without one);</li>
 * <li>{@code redis-cluster://[[username]:password@]host1[:port1][,host2[:port2]…]} and
 *     {@code rediss-cluster://…}: seeds of a Redis Cluster (ours: Lettuce has no cluster scheme).</li>
 * </ul>
 * User name and password are percent-decoded; a lone user-info without a colon is the password, as
 * Redis clients read it. Messages never repeat the input, which may hold the password.
 */
final class RedisUrlParser {

    private static final String FORMS = "expected redis://[:password@]host:port[/db], "
            + "redis-sentinel://[:password@]host:26379[,host2:26379][/db]#master or "
            + "redis-cluster://[:password@]host:port[,host2:port] (rediss… for TLS)";

    private RedisUrlParser() {
    }

    static RedisUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("is empty; " + FORMS);
        }
        String trimmed = value.trim();
        int separator = trimmed.indexOf("://");
        String scheme = separator < 0 ? "" : trimmed.substring(0, separator).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "redis" -> standalone(trimmed, false);
            case "rediss" -> standalone(trimmed, true);
            case "redis-sentinel" -> multiHost(Topology.SENTINEL, false, trimmed.substring(separator + 3));
            case "rediss-sentinel" -> multiHost(Topology.SENTINEL, true, trimmed.substring(separator + 3));
            case "redis-cluster" -> multiHost(Topology.CLUSTER, false, trimmed.substring(separator + 3));
            case "rediss-cluster" -> multiHost(Topology.CLUSTER, true, trimmed.substring(separator + 3));
            default -> throw invalid("must start with redis://, rediss:// (TLS), redis-sentinel://, "
                    + "rediss-sentinel://, redis-cluster:// or rediss-cluster://");
        };
    }

    private static RedisUrl standalone(String value, boolean tls) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL; " + FORMS);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("has no host (or a host that is not a valid name); " + FORMS);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? RedisUrl.DEFAULT_PORT : uri.getPort();
        Credentials credentials = credentials(uri.getRawUserInfo());
        return new RedisUrl(tls, host, port, database(uri.getRawPath()), credentials.username(), credentials.password());
    }

    private static RedisUrl multiHost(Topology topology, boolean tls, String rest) {
        Optional<String> masterId = Optional.empty();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            masterId = Optional.of(decode(rest.substring(hash + 1), "master name"));
            rest = rest.substring(0, hash);
        }
        if (rest.indexOf('?') >= 0) {
            throw invalid("has ?options, which are not supported; " + FORMS);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        Credentials credentials = credentials(at < 0 ? null : authority.substring(0, at));
        int defaultPort = topology == Topology.SENTINEL ? RedisUrl.DEFAULT_SENTINEL_PORT : RedisUrl.DEFAULT_PORT;
        List<Endpoint> endpoints = new ArrayList<>();
        for (String part : authority.substring(at + 1).split(",", -1)) {
            endpoints.add(endpoint(part, defaultPort));
        }
        return new RedisUrl(topology, tls, endpoints, database(path), masterId, credentials.username(),
                credentials.password());
    }

    private static Endpoint endpoint(String part, int defaultPort) {
        String host;
        String port;
        if (part.startsWith("[")) {
            int close = part.indexOf(']');
            if (close < 0) {
                throw invalid("has an IPv6 host without its closing ']'");
            }
            host = part.substring(1, close);
            String after = part.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw invalid("has a host that is not a valid name");
            }
            port = after.isEmpty() ? "" : after.substring(1);
            if (!host.matches("[0-9A-Fa-f:.]+")) {
                throw invalid("has a host that is not a valid name");
            }
        } else {
            int colon = part.indexOf(':');
            host = colon < 0 ? part : part.substring(0, colon);
            port = colon < 0 ? "" : part.substring(colon + 1);
            if (host.isEmpty()) {
                throw invalid("has an empty host in its list of hosts; " + FORMS);
            }
            if (!host.matches("[A-Za-z0-9._-]+")) {
                throw invalid("has a host that is not a valid name");
            }
        }
        if (port.isEmpty()) {
            return new Endpoint(host, defaultPort);
        }
        if (!port.matches("[0-9]{1,5}")) {
            throw invalid("has a port that is not a number");
        }
        return new Endpoint(host, Integer.parseInt(port));
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String db = path.substring(1);
        if (!db.matches("[0-9]{1,5}")) {
            throw invalid("has a path that is not a database index (expected /0, /1, ...)");
        }
        return Integer.parseInt(db);
    }

    private record Credentials(Optional<String> username, Optional<String> password) {
    }

    private static Credentials credentials(String userInfo) {
        if (userInfo == null || userInfo.isEmpty()) {
            return new Credentials(Optional.empty(), Optional.empty());
        }
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return new Credentials(Optional.empty(), Optional.of(decode(userInfo, "user name or password")));
        }
        String user = decode(userInfo.substring(0, colon), "user name or password");
        String pass = decode(userInfo.substring(colon + 1), "user name or password");
        return new Credentials(user.isEmpty() ? Optional.empty() : Optional.of(user),
                pass.isEmpty() ? Optional.empty() : Optional.of(pass));
    }

    private static String decode(String raw, String what) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("has a badly percent-encoded " + what);
        }
    }
}
