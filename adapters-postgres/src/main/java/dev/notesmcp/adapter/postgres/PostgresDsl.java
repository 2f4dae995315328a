package dev.notesmcp.adapter.postgres;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The jOOQ context the stores share, and the conversions between database and domain times. */
public final class PostgresDsl {

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private PostgresDsl() {
    }

    /**
     * Tables are rendered without a schema: the pool's {@code search_path} picks it. With a
     * {@link PostgresPool}, queries borrow through its gate, or run on the connection of the
     * {@link PostgresDurableWrites} unit the calling thread is in. Outages
     * surface as {@code StoreUnavailableException} (see {@link OutageTranslator}).
     */
    public static DSLContext create(DataSource dataSource) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        if (dataSource instanceof PostgresPool pool) {
            // The pool's one thread-bound transaction provider, so a unit of PostgresDurableWrites spans every store.
            configuration.set(pool.connectionProvider()).set(pool.transactionProvider());
        } else {
            configuration.set(dataSource);
        }
        return DSL.using(configuration
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withRenderSchema(false))
                .set(new OutageTranslator()));
    }

    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
