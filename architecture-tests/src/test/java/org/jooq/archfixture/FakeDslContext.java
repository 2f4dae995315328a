package org.jooq.archfixture;

/** Stands in for a jOOQ type (jOOQ is not on this module's classpath yet); only its package matters. */
public interface FakeDslContext {
}
