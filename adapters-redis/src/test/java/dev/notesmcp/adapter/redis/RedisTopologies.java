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
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Real Redis topologies from {@link RedisBinary}'s {@code redis-server} (6.2 or newer; a sentinel is
 * the same binary with {@code --sentinel}), started once per test JVM on free loopback ports below
 * 32768 (above is the kernel's range for outgoing connections), each process in a temp directory;
 * all killed and deleted at JVM exit. {@link #sentinel()}: a master, a replica and one sentinel
 * monitoring {@code mymaster}. {@link #cluster()}: three masters with every slot assigned
 * ({@code cluster_state:ok}), set up with cluster commands through Lettuce (no {@code redis-cli}).
 */
final class RedisTopologies {

    static final String MASTER = "mymaster";
    /** Redis Cluster's bus listens on the port + 10000 (Redis 6.2 has no {@code cluster-port}). */
    private static final int BUS_OFFSET = 10_000;
    private static final int SLOTS = 16_384;
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
            System.err.printf("RedisTopologies: %s up in %d ms (%s)%n", sentinel.settings().url(),
                    (System.nanoTime() - start) / 1_000_000, RedisBinary.find().origin());
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
            System.err.printf("RedisTopologies: %s created in %d ms, connected in %d ms (%s)%n", url,
                    (created - start) / 1_000_000, (System.nanoTime() - created) / 1_000_000, RedisBinary.find().origin());
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
                """.formatted(MASTER, master, MASTER, downAfter.toMillis(), MASTER), Mode.SENTINEL);
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
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ports.add(start("cluster-" + i, """
                    cluster-enabled yes
                    cluster-config-file nodes.conf
                    cluster-node-timeout 5000
                    """, Mode.CLUSTER_NODE));
        }
        // what redis-cli --cluster create does: a third of the slots and a distinct config epoch per
        // node, then the first node meets the others (ADDSLOTS, not 7.0's ADDSLOTSRANGE)
        RedisClient client = RedisClient.create();
        try {
            for (int i = 0; i < ports.size(); i++) {
                try (StatefulRedisConnection<String, String> node = client.connect(local(ports.get(i)))) {
                    node.sync().clusterAddSlots(IntStream.range(SLOTS * i / 3, SLOTS * (i + 1) / 3).toArray());
                    node.sync().clusterSetConfigEpoch(i + 1);
                }
            }
            try (StatefulRedisConnection<String, String> first = client.connect(local(ports.getFirst()))) {
                ports.stream().skip(1).forEach(port -> first.sync().clusterMeet("127.0.0.1", port));
            }
        } finally {
            client.shutdown();
        }
        // a fresh master waits up to cluster-node-timeout before it calls the cluster ok; a shorter
        // timeout would start faster but flap on a loaded machine
        for (int port : ports) {
            awaitReply(port, (redis, uri) -> {
                try (StatefulRedisConnection<String, String> connection = redis.connect(uri)) {
                    return connection.sync().clusterInfo();
                }
            }, info -> info.contains("cluster_state:ok"));
        }
        return "redis-cluster://" + String.join(",", ports.stream().map(port -> "127.0.0.1:" + port).toList());
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
        return start(name, extra, Mode.SERVER);
    }

    /** What a process is; a cluster node also listens on its bus port. */
    private enum Mode { SERVER, SENTINEL, CLUSTER_NODE }

    /** Starts one process on a free port, retrying on another port if it dies (someone took the port). */
    private static int start(String name, String extra, Mode mode) {
        Path server = RedisBinary.find().executable();
        for (int attempt = 1; ; attempt++) {
            int port = mode == Mode.CLUSTER_NODE ? freeClusterPort() : freePort();
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
                List<String> command = mode == Mode.SENTINEL ? List.of(server.toString(), conf.toString(), "--sentinel")
                        : List.of(server.toString(), conf.toString());
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("out.log").toFile()).start();
                synchronized (PROCESSES) {
                    PROCESSES.add(process);
                }
                if (awaitListening(port, process) && (mode != Mode.CLUSTER_NODE || awaitListening(port + BUS_OFFSET, process))) {
                    BY_PORT.put(port, process);
                    return port;
                }
                process.destroyForcibly();
                if (attempt == 3) {
                    throw new IllegalStateException(name + " did not start; see " + dir.resolve("out.log"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not start " + server + " for " + name, e);
            }
        }
    }

    private static boolean awaitListening(int port, Process process) {
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
        RedisURI uri = local(port);
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

    private static RedisURI local(int port) {
        return RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(2)).build();
    }

    /** A port below 32768 that nothing listens on now and this JVM has not handed out. */
    private static int freePort() {
        while (true) {
            int port = ThreadLocalRandom.current().nextInt(20000, 32000);
            if (TAKEN.add(port) && free(port)) {
                return port;
            }
        }
    }

    /** A port like {@link #freePort()} whose bus port (+10000) is free and below 32768 too. */
    private static int freeClusterPort() {
        while (true) {
            int port = ThreadLocalRandom.current().nextInt(20000, 32768 - BUS_OFFSET);
            if (!TAKEN.contains(port) && !TAKEN.contains(port + BUS_OFFSET) && free(port) && free(port + BUS_OFFSET)
                    && TAKEN.add(port) && TAKEN.add(port + BUS_OFFSET)) {
                return port;
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
            return true;
        } catch (IOException inUse) {
            return false;
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
