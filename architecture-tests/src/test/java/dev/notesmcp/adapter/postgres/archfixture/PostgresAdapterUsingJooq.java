package dev.notesmcp.adapter.postgres.archfixture;

import org.flywaydb.archfixture.FakeFlyway;
import org.jooq.archfixture.FakeDslContext;

import java.sql.Connection;

/** jOOQ, Flyway and JDBC where they belong (the future Postgres adapter). */
public final class PostgresAdapterUsingJooq {

    public FakeDslContext jooq() {
        return null;
    }

    public FakeFlyway flyway() {
        return null;
    }

    public Connection jdbc() {
        return null;
    }
}
