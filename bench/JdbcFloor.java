import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JDBC floor of list_notes on PostgreSQL (bench/run dbfloor): list_notes' own statement, on the same
 * pool library and driver as notes-mcp, from as many threads as the pool lets queries use, each
 * reading every column of every row the way PostgresNoteRepository does — and nothing else: no HTTP,
 * no JSON, no domain objects. Prints statements per second and this JVM's CPU per statement.
 *
 * <pre>java -cp 'bootstrap/target/libs/*' bench/JdbcFloor.java DATABASE_URL SCHEMA OWNER THREADS SECONDS virtual|platform</pre>
 */
public final class JdbcFloor {

    private static final String FIRST_PAGE = "select id, owner, title, content, tags, created_at, updated_at from notes"
            + " where owner = ? order by updated_at desc, id desc limit ?";

    public static void main(String[] args) throws Exception {
        URI database = URI.create(args[0]);
        String schema = args[1];
        String owner = args[2];
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        boolean virtual = args[5].equals("virtual");

        try (HikariDataSource pool = pool(database, schema, threads + 2)) {
            run(pool, owner, threads, 3, virtual); // warm-up: JIT, prepared statements on every connection
            LongAdder done = run(pool, owner, threads, seconds, virtual);
            System.out.println("statements " + done.sum());
        }
    }

    /** A pool as notes-mcp's (PostgresDataSources): HikariCP on pgJDBC, the schema as the search path. */
    static HikariDataSource pool(URI database, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://" + database.getHost() + ":" + (database.getPort() < 0 ? 5432 : database.getPort())
                + database.getPath() + "?currentSchema=" + schema);
        config.setUsername(database.getUserInfo() == null ? "postgres" : database.getUserInfo().split(":")[0]);
        config.setMaximumPoolSize(size);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    private static LongAdder run(HikariDataSource pool, String owner, int threads, long seconds, boolean virtual)
            throws InterruptedException {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Runnable loop = () -> {
                while (!stop.get()) {
                    try {
                        page(pool, owner);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    done.increment();
                }
            };
            workers.add(virtual ? Thread.ofVirtual().start(loop) : Thread.ofPlatform().start(loop));
        }
        Thread.sleep(seconds * 1000);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (cpuNanos() - cpuBefore) / 1e3;
        System.out.printf("%s threads, %d s: %.0f statements/s, jvm cpu per statement: %.1f us%n",
                virtual ? "virtual" : "platform", seconds, done.sum() / elapsed, cpuMicros / done.sum());
        return done;
    }

    /** list_notes' first page for the owner, every column of every row read; also FloorServer's query. */
    static int page(HikariDataSource pool, String owner) throws SQLException {
        int rows = 0;
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIRST_PAGE)) {
            statement.setString(1, owner);
            statement.setInt(2, 11);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getObject(1, UUID.class).toString();
                    result.getString(2);
                    result.getString(3);
                    result.getString(4);
                    result.getArray(5).getArray();
                    result.getObject(6, OffsetDateTime.class);
                    result.getObject(7, OffsetDateTime.class);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
