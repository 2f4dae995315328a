package org.flywaydb.archfixture;

/** Stands in for a Flyway type (not on this module's classpath yet); only its package matters. */
public interface FakeFlyway {
}
