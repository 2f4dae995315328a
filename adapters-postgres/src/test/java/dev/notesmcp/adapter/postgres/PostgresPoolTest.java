package dev.notesmcp.adapter.postgres;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queries wait at the pool's gate; two connections stay outside it for health checks and maintenance. */
class PostgresPoolTest {

    private static PostgresSettings settings(int size, Duration timeout) {
        PostgresSettings shared = TestDatabase.settingsFor("public");
        return new PostgresSettings(shared.url(), "public", size, timeout);
    }

    @Test
    void twoConnectionsStayOutsideTheGate() {
        try (PostgresPool pool = PostgresDataSources.create(settings(10, Duration.ofSeconds(3)))) {
            assertThat(pool.queryPermits()).isEqualTo(8);
        }
    }

    @Test
    void aQueryWaitsForAPermitAndRunsOnceOneIsReturned() throws Exception {
        try (PostgresPool pool = PostgresDataSources.create(settings(3, Duration.ofSeconds(30)));
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            DSLContext db = PostgresDsl.create(pool);
            HeldPermit held = HeldPermit.take(db, threads);
            Future<Integer> waiting = threads.submit(() -> db.selectOne().fetchOne(0, Integer.class));
            // The gate is the only permit's; the pool still lends its other connections directly.
            try (Connection direct = pool.getConnection()) {
                assertThat(direct.isValid(2)).isTrue();
            }
            assertThat(waiting).isNotDone();

            held.letGo();

            assertThat(waiting.get()).isEqualTo(1);
        }
    }

    @Test
    void noPermitWithinTheConnectionTimeoutIsAnOutage() throws Exception {
        try (PostgresPool pool = PostgresDataSources.create(settings(3, Duration.ofMillis(300)));
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            DSLContext db = PostgresDsl.create(pool);
            HeldPermit held = HeldPermit.take(db, threads);

            assertThatThrownBy(() -> db.selectOne().fetchOne(0, Integer.class))
                    .isInstanceOf(StoreUnavailableException.class);

            held.letGo();
            assertThat(db.selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
        }
    }

    /** The gate's only permit, held by an open transaction on another thread until {@link #letGo}. */
    private record HeldPermit(CountDownLatch release, Future<?> holder) {

        static HeldPermit take(DSLContext db, ExecutorService threads) throws InterruptedException {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> db.transaction(tx -> {
                holding.countDown();
                release.await();
            }));
            holding.await();
            return new HeldPermit(release, holder);
        }

        void letGo() throws Exception {
            release.countDown();
            holder.get();
        }
    }
}
