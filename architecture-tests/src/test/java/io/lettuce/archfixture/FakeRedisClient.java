package io.lettuce.archfixture;

/** Stands in for a Lettuce type (not on this module's classpath yet); only its package matters. */
public interface FakeRedisClient {
}
