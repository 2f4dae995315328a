package dev.notesmcp.adapter.redis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed {@code REDIS_URL} (see {@link RedisUrlParser} for the accepted forms): one server, a
 * Sentinel-monitored master ({@code redis-sentinel://}, Lettuce's syntax) or Redis Cluster seeds
 * ({@code redis-cluster://}). Mistakes are an {@link IllegalArgumentException} whose message starts
 * with {@code REDIS_URL} and never contains the password; {@link #toString()} masks it too.
 *
 * @param endpoints the server ({@code STANDALONE}), the sentinels or the cluster seeds, at least one
 * @param masterId  the Sentinel master's name, present exactly for {@code SENTINEL}
 * @param password  for Sentinel the master's and replicas' password; the sentinels are asked without one
 */
public record RedisUrl(Topology topology, boolean tls, List<Endpoint> endpoints, int database,
                       Optional<String> masterId, Optional<String> username, Optional<String> password) {

    public static final String VARIABLE = "REDIS_URL";
    public static final int DEFAULT_PORT = 6379;
    public static final int DEFAULT_SENTINEL_PORT = 26379;

    /** How the servers behind the URL are found. */
    public enum Topology { STANDALONE, SENTINEL, CLUSTER }

    /** One host and port. */
    public record Endpoint(String host, int port) {
        public Endpoint {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw invalid("has no host");
            }
            if (port < 1 || port > 65535) {
                throw invalid("has a port outside 1-65535");
            }
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    public RedisUrl {
        Objects.requireNonNull(topology, "topology");
        endpoints = List.copyOf(endpoints);
        Objects.requireNonNull(masterId, "masterId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (endpoints.isEmpty()) {
            throw invalid("has no host");
        }
        if (topology == Topology.STANDALONE && endpoints.size() > 1) {
            throw invalid("lists several hosts: use redis-sentinel://h1,h2/0#master or redis-cluster://h1,h2");
        }
        if (database < 0) {
            throw invalid("has a negative database index");
        }
        if (topology == Topology.SENTINEL && masterId.filter(id -> !id.isBlank()).isEmpty()) {
            throw invalid("needs the Sentinel master's name after '#', e.g. redis-sentinel://host:26379/0#mymaster");
        }
        if (topology != Topology.SENTINEL && masterId.isPresent()) {
            throw invalid("has a '#' master name, which only redis-sentinel:// URLs take");
        }
        if (topology == Topology.CLUSTER && database != 0) {
            throw invalid("selects a database, but Redis Cluster has only database 0");
        }
    }

    /** A single server. */
    public RedisUrl(boolean tls, String host, int port, int database, Optional<String> username,
                    Optional<String> password) {
        this(Topology.STANDALONE, tls, List.of(new Endpoint(host, port)), database, Optional.empty(), username,
                password);
    }

    public static RedisUrl parse(String value) {
        return RedisUrlParser.parse(value);
    }

    /** The first (for {@code STANDALONE} the only) endpoint's host. */
    public String host() {
        return endpoints.getFirst().host();
    }

    /** The first (for {@code STANDALONE} the only) endpoint's port. */
    public int port() {
        return endpoints.getFirst().port();
    }

    static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(VARIABLE + " " + problem);
    }

    /** The URL with the password masked, fit for logs. */
    @Override
    public String toString() {
        String scheme = switch (topology) {
            case STANDALONE -> "redis";
            case SENTINEL -> "redis-sentinel";
            case CLUSTER -> "redis-cluster";
        };
        StringBuilder out = new StringBuilder(tls ? scheme.replaceFirst("redis", "rediss") : scheme).append("://");
        if (username.isPresent() || password.isPresent()) {
            username.ifPresent(out::append);
            if (password.isPresent()) {
                out.append(":****");
            }
            out.append('@');
        }
        out.append(endpoints.stream().map(Endpoint::toString).collect(Collectors.joining(",")));
        if (topology != Topology.CLUSTER) {
            out.append('/').append(database);
        }
        masterId.ifPresent(id -> out.append('#').append(id));
        return out.toString();
    }
}
