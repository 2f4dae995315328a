package dev.notesmcp.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Real Redis topologies from the machine's {@code redis-server} (and {@code redis-cli} for the
 * cluster), started once per test JVM on free loopback ports below 32768 (above is the kernel's
 * range for outgoing connections), each process in a temp directory; all killed and deleted at JVM
 * exit. {@link #sentinel()}: a master, a replica and one sentinel monitoring {@code mymaster}.
 * {@link #cluster()}: three masters with every slot assigned ({@code cluster_state:ok}).
 */
final class RedisTopologies {

    static final String MASTER = "mymaster";
    private static final String SERVER = "/usr/bin/redis-server";
    private static final String CLI = "/usr/bin/redis-cli";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static final Map<Integer, Process> BY_PORT = new ConcurrentHashMap<>();
    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();
    private static final Path ROOT;

    private static RedisConnections sentinel;
    private static RedisConnections cluster;

    static {
        try {
            ROOT = Files.createTempDirectory("notes-mcp-redis-topologies-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(RedisTopologies::stopAll, "stop-redis-topologies"));
    }

    private RedisTopologies() {
    }

    /** {@code redis-sentinel://127.0.0.1:<sentinel>/0#mymaster}, shared by this JVM's tests. */
    static synchronized RedisConnections sentinel() {
        if (sentinel == null) {
            long start = System.nanoTime();
            sentinel = RedisConnections.connect(RedisSettings.of(startSentinel(Duration.ofSeconds(5)))
                    .withKeyPrefix(TestRedis.freshPrefix()));
            System.err.printf("RedisTopologies: %s up in %d ms%n", sentinel.settings().url(), (System.nanoTime() - start) / 1_000_000);
        }
        return sentinel;
    }

    /** {@code redis-cluster://127.0.0.1:<a>,127.0.0.1:<b>,127.0.0.1:<c>}, shared by this JVM's tests. */
    static synchronized RedisConnections cluster() {
        if (cluster == null) {
            long start = System.nanoTime();
            String url = startCluster();
            long created = System.nanoTime();
            cluster = RedisConnections.connect(RedisSettings.of(url).withKeyPrefix(TestRedis.freshPrefix()));
            System.err.printf("RedisTopologies: %s created in %d ms, connected in %d ms%n", url,
                    (created - start) / 1_000_000, (System.nanoTime() - created) / 1_000_000);
        }
        return cluster;
    }

    /**
     * A Sentinel set of its own; the sentinel calls the master down after {@code downAfter} without
     * an answer (short only for a test that kills the master: a loaded machine could fail over).
     */
    static String startSentinel(Duration downAfter) {
        int master = server("sentinel-master", "repl-diskless-sync-delay 0\n");
        server("sentinel-replica", "replicaof 127.0.0.1 " + master + "\n");
        int port = start("sentinel", """
                sentinel monitor %s 127.0.0.1 %d 1
                sentinel down-after-milliseconds %s %d
                sentinel failover-timeout %s 10000
                """.formatted(MASTER, master, MASTER, downAfter.toMillis(), MASTER), true);
        // what Lettuce asks first: where the master is
        awaitReply(port, (client, uri) -> {
            try (var connection = client.connectSentinel(uri)) {
                return connection.sync().getMasterAddrByName(MASTER);
            }
        }, address -> address instanceof java.net.InetSocketAddress inet && inet.getPort() == master);
        // and that it knows the replica (from the master's INFO), which it would promote
        awaitReply(port, (client, uri) -> {
            try (var connection = client.connectSentinel(uri)) {
                return connection.sync().replicas(MASTER);
            }
        }, replicas -> replicas.size() == 1 && !replicas.getFirst().getOrDefault("flags", "").contains("disconnected"));
        return "redis-sentinel://127.0.0.1:" + port + "/0#" + MASTER;
    }

    static String startCluster() {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int bus = freePort();
            int port = server("cluster-" + i, """
                    cluster-enabled yes
                    cluster-config-file nodes.conf
                    cluster-node-timeout 5000
                    cluster-port %d
                    """.formatted(bus));
            nodes.add("127.0.0.1:" + port);
        }
        List<String> command = new ArrayList<>(List.of(CLI, "--cluster", "create"));
        command.addAll(nodes);
        command.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        run(command, ROOT.resolve("cluster-create.log"));
        // a fresh master waits up to cluster-node-timeout before it calls the cluster ok; a shorter
        // timeout would start faster but flap on a loaded machine
        for (String node : nodes) {
            int port = Integer.parseInt(node.substring(node.indexOf(':') + 1));
            awaitReply(port, (client, uri) -> {
                try (StatefulRedisConnection<String, String> connection = client.connect(uri)) {
                    return connection.sync().clusterInfo();
                }
            }, info -> info.contains("cluster_state:ok"));
        }
        return "redis-cluster://" + String.join(",", nodes);
    }

    /** Kills the server this class started on {@code port}, as a crash would. */
    static void kill(int port) {
        Process process = BY_PORT.remove(port);
        if (process == null) {
            throw new IllegalArgumentException("no server of ours on port " + port);
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int server(String name, String extra) {
        return start(name, extra, false);
    }

    /** Starts one process on a free port, retrying on another port if it dies (someone took the port). */
    private static int start(String name, String extra, boolean sentinelMode) {
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Path dir = ROOT.resolve(name + "-" + port);
            try {
                Files.createDirectories(dir);
                Path conf = dir.resolve("redis.conf");
                Files.writeString(conf, """
                        port %d
                        bind 127.0.0.1
                        dir %s
                        save ""
                        appendonly no
                        daemonize no
                        logfile ""
                        """.formatted(port, dir) + extra);
                List<String> command = sentinelMode ? List.of(SERVER, conf.toString(), "--sentinel")
                        : List.of(SERVER, conf.toString());
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("out.log").toFile()).start();
                synchronized (PROCESSES) {
                    PROCESSES.add(process);
                }
                if (awaitPing(port, process)) {
                    BY_PORT.put(port, process);
                    return port;
                }
                process.destroyForcibly();
                if (attempt == 3) {
                    throw new IllegalStateException(name + " did not start; see " + dir.resolve("out.log"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not start " + SERVER + " for " + name, e);
            }
        }
    }

    private static boolean awaitPing(int port, Process process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException notYet) {
                pause();
            }
        }
        return false;
    }

    private static <T> void awaitReply(int port, BiFunction<RedisClient, RedisURI, T> ask, Predicate<T> ready) {
        RedisClient client = RedisClient.create();
        RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(2)).build();
        try {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            Object last = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    T reply = ask.apply(client, uri);
                    if (ready.test(reply)) {
                        return;
                    }
                    last = reply;
                } catch (RuntimeException e) {
                    last = e;
                }
                pause();
            }
            throw new IllegalStateException("Redis on port " + port + " not ready: " + last);
        } finally {
            client.shutdown();
        }
    }

    private static void run(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port below 32768 that nothing listens on now and this JVM has not handed out. */
    private static int freePort() {
        while (true) {
            int port = ThreadLocalRandom.current().nextInt(20000, 32000);
            if (!TAKEN.add(port)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
                return port;
            } catch (IOException inUse) {
                // try another
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stopAll() {
        synchronized (PROCESSES) {
            PROCESSES.forEach(Process::destroyForcibly);
            for (Process process : PROCESSES) {
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + ROOT + ": " + e);
        }
    }
}
