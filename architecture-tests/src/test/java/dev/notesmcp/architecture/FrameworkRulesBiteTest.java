package dev.notesmcp.architecture;

import dev.notesmcp.adapter.cimd.archfixture.CimdAdapterUsingJacksonAndHttpClient;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingHelidon;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingJjwt;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingJteAndCors;
import dev.notesmcp.adapter.jwt.archfixture.JwtAdapterUsingJjwtAndDate;
import dev.notesmcp.adapter.memory.archfixture.MemoryAdapterUsingFrameworks;
import dev.notesmcp.adapter.postgres.archfixture.PostgresAdapterUsingJooq;
import dev.notesmcp.adapter.redis.archfixture.RedisAdapterUsingLettuce;
import dev.notesmcp.bootstrap.archfixture.BootstrapReadingEnvironment;
import dev.notesmcp.bootstrap.archfixture.BootstrapUsingFrameworks;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.flyway_only_in_postgres_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.helidon_cors_config_only_in_http_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.helidon_cors_only_in_http_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.helidon_only_in_http_adapter_and_bootstrap;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jackson_only_in_http_and_cimd_adapters;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jdk_http_client_only_in_github_and_cimd_adapters;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jdbc_only_in_postgres_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jjwt_only_in_jwt_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jooq_only_in_postgres_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.jte_only_in_http_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.lettuce_only_in_redis_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.mcp_sdk_only_in_http_adapter;
import static dev.notesmcp.architecture.FrameworkFreeCoreTest.reactor_only_in_http_adapter;

/**
 * Each framework rule fails where the framework does not belong and accepts its owner, so the
 * owners are spelled right. jOOQ, Flyway and Lettuce are not on the classpath yet: stand-in types
 * in their packages (test sources) prove the rules for the future adapters already bite.
 */
class FrameworkRulesBiteTest {

    @Test
    void helidonIsConfinedToTheWebAdapterAndBootstrap() {
        assertViolates(helidon_only_in_http_adapter_and_bootstrap, MemoryAdapterUsingFrameworks.class);
        assertAllows(helidon_only_in_http_adapter_and_bootstrap,
                HttpAdapterUsingHelidon.class, BootstrapReadingEnvironment.class);
    }

    @Test
    void jjwtIsConfinedToTheJwtAdapter() {
        assertViolates(jjwt_only_in_jwt_adapter, HttpAdapterUsingJjwt.class);
        assertAllows(jjwt_only_in_jwt_adapter, JwtAdapterUsingJjwtAndDate.class);
    }

    @Test
    void theWebAdaptersLibrariesStayInTheWebAdapter() {
        assertViolates(jackson_only_in_http_and_cimd_adapters, BootstrapUsingFrameworks.class);
        assertViolates(mcp_sdk_only_in_http_adapter, BootstrapUsingFrameworks.class);
        assertViolates(reactor_only_in_http_adapter, BootstrapUsingFrameworks.class);
    }

    @Test
    void jacksonAndTheJdkHttpClientAreAllowedInTheMetadataDocumentAdapterOnly() {
        assertAllows(jackson_only_in_http_and_cimd_adapters, CimdAdapterUsingJacksonAndHttpClient.class);
        assertAllows(jdk_http_client_only_in_github_and_cimd_adapters, CimdAdapterUsingJacksonAndHttpClient.class);
        assertViolates(jdk_http_client_only_in_github_and_cimd_adapters, BootstrapUsingFrameworks.class);
    }

    @Test
    void templatesAndCorsStayInTheWebAdapterEvenThoughBootstrapMayUseHelidon() {
        assertViolates(jte_only_in_http_adapter, BootstrapUsingFrameworks.class);
        assertViolates(helidon_cors_only_in_http_adapter, BootstrapUsingFrameworks.class);
        assertViolates(helidon_cors_config_only_in_http_adapter, BootstrapUsingFrameworks.class);
        assertAllows(jte_only_in_http_adapter, HttpAdapterUsingJteAndCors.class);
        assertAllows(helidon_cors_only_in_http_adapter, HttpAdapterUsingJteAndCors.class);
        assertAllows(helidon_cors_config_only_in_http_adapter, HttpAdapterUsingJteAndCors.class);
    }

    @Test
    void jooqFlywayAndJdbcAreConfinedToThePostgresAdapter() {
        assertViolates(jooq_only_in_postgres_adapter, MemoryAdapterUsingFrameworks.class);
        assertViolates(flyway_only_in_postgres_adapter, MemoryAdapterUsingFrameworks.class);
        assertViolates(jdbc_only_in_postgres_adapter, MemoryAdapterUsingFrameworks.class);
        assertAllows(jooq_only_in_postgres_adapter, PostgresAdapterUsingJooq.class);
        assertAllows(flyway_only_in_postgres_adapter, PostgresAdapterUsingJooq.class);
        assertAllows(jdbc_only_in_postgres_adapter, PostgresAdapterUsingJooq.class);
    }

    @Test
    void lettuceIsConfinedToTheRedisAdapter() {
        assertViolates(lettuce_only_in_redis_adapter, MemoryAdapterUsingFrameworks.class);
        assertAllows(lettuce_only_in_redis_adapter, RedisAdapterUsingLettuce.class);
    }
}
