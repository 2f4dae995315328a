package dev.notesmcp.architecture;

import com.nimbusds.archfixture.FakeOidcProviderMetadata;
import dev.notesmcp.adapter.cimd.archfixture.CimdAdapterUsingItsLibraries;
import dev.notesmcp.adapter.cimd.archfixture.CimdAdapterUsingTheJdkHttpClient;
import dev.notesmcp.adapter.devlogin.archfixture.DevLoginAdapterUsingHelidonAndJte;
import dev.notesmcp.adapter.github.archfixture.GitHubAdapterUsingApacheHttpClient;
import dev.notesmcp.adapter.github.archfixture.GitHubAdapterUsingJacksonAndHttpClient;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingHelidon;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingJjwt;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingJteAndCors;
import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingMicrometer;
import dev.notesmcp.adapter.jwt.archfixture.JwtAdapterUsingJjwtAndDate;
import dev.notesmcp.adapter.memory.archfixture.MemoryAdapterUsingFrameworks;
import dev.notesmcp.adapter.metrics.archfixture.MetricsAdapterUsingMicrometer;
import dev.notesmcp.adapter.oidc.archfixture.OidcAdapterUsingNimbus;
import dev.notesmcp.adapter.postgres.archfixture.PostgresAdapterUsingJooq;
import dev.notesmcp.adapter.redis.archfixture.RedisAdapterUsingLettuce;
import dev.notesmcp.application.archfixture.ApplicationUsingJackson;
import dev.notesmcp.bootstrap.archfixture.BootstrapReadingEnvironment;
import dev.notesmcp.bootstrap.archfixture.BootstrapUsingFrameworks;
import dev.notesmcp.domain.archfixture.DomainUsingHelidon;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;
import static dev.notesmcp.architecture.FrameworkOwnership.everyFramework;
import static dev.notesmcp.architecture.FrameworkOwnership.rule;
import static dev.notesmcp.architecture.Packages.APPLICATION;
import static dev.notesmcp.architecture.Packages.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each row of the framework table fails where the framework does not belong and accepts its
 * owners, so the owners are spelled right. jOOQ, Flyway, Lettuce and Nimbus are not on this
 * module's classpath: stand-in types in their packages (test sources) prove the rows bite anyway,
 * the Nimbus row before adapters-oidc exists.
 */
class FrameworkRulesBiteTest {

    @Test
    void theCoreOwnsNoFrameworkAndBreaksTheTableWhenItUsesOne() {
        assertThat(FrameworkOwnership.TABLE).allSatisfy(row ->
                assertThat(row.owners()).as(row.framework()).doesNotContain(DOMAIN, APPLICATION));
        assertViolates(everyFramework(), DomainUsingHelidon.class);
        assertViolates(everyFramework(), ApplicationUsingJackson.class);
    }

    @Test
    void helidonIsConfinedToTheWebAdapterTheDevLoginAndBootstrap() {
        assertViolates(rule("Helidon"), MemoryAdapterUsingFrameworks.class);
        assertAllows(rule("Helidon"), HttpAdapterUsingHelidon.class, BootstrapReadingEnvironment.class,
                DevLoginAdapterUsingHelidonAndJte.class);
    }

    @Test
    void micrometerAndThePrometheusClientAreConfinedToTheMetricsAdapter() {
        assertViolates(rule("Micrometer"), HttpAdapterUsingMicrometer.class);
        assertAllows(rule("Micrometer"), MetricsAdapterUsingMicrometer.class);
        assertAllows(rule("the Prometheus client"), MetricsAdapterUsingMicrometer.class);
    }

    @Test
    void jjwtIsConfinedToTheJwtAdapter() {
        assertViolates(rule("jjwt"), HttpAdapterUsingJjwt.class);
        assertAllows(rule("jjwt"), JwtAdapterUsingJjwtAndDate.class);
    }

    @Test
    void theWebAdaptersLibrariesStayInTheWebAdapter() {
        assertViolates(rule("Jackson"), BootstrapUsingFrameworks.class);
        assertViolates(rule("the MCP Java SDK"), BootstrapUsingFrameworks.class);
        assertViolates(rule("Project Reactor"), BootstrapUsingFrameworks.class);
    }

    @Test
    void jacksonAndTheHttpClientsAreAllowedInTheAdaptersThatCallOutOnly() {
        assertAllows(rule("Jackson"), CimdAdapterUsingItsLibraries.class,
                GitHubAdapterUsingJacksonAndHttpClient.class);
        assertAllows(rule("the JDK HTTP client"), GitHubAdapterUsingJacksonAndHttpClient.class);
        assertViolates(rule("the JDK HTTP client"), BootstrapUsingFrameworks.class);
        assertViolates(rule("the JDK HTTP client"), CimdAdapterUsingTheJdkHttpClient.class);
        assertAllows(rule("Apache HttpClient"), CimdAdapterUsingItsLibraries.class);
        assertViolates(rule("Apache HttpClient"), GitHubAdapterUsingApacheHttpClient.class);
    }

    @Test
    void templatesAndCorsStayInTheirAdaptersEvenThoughBootstrapMayUseHelidon() {
        assertViolates(rule("JTE"), BootstrapUsingFrameworks.class);
        assertViolates(rule("Helidon CORS"), BootstrapUsingFrameworks.class);
        assertViolates(rule("Helidon CORS configuration"), BootstrapUsingFrameworks.class);
        assertAllows(rule("JTE"), HttpAdapterUsingJteAndCors.class, DevLoginAdapterUsingHelidonAndJte.class);
        assertAllows(rule("Helidon CORS"), HttpAdapterUsingJteAndCors.class);
        assertAllows(rule("Helidon CORS configuration"), HttpAdapterUsingJteAndCors.class);
    }

    @Test
    void nimbusIsConfinedToTheOidcAndMetadataDocumentAdapters() {
        assertViolates(rule("Nimbus (OAuth 2.0 / OpenID Connect SDK, JOSE + JWT)"), MemoryAdapterUsingFrameworks.class);
        assertViolates(rule("Nimbus (OAuth 2.0 / OpenID Connect SDK, JOSE + JWT)"), BootstrapUsingFrameworks.class);
        assertAllows(rule("Nimbus (OAuth 2.0 / OpenID Connect SDK, JOSE + JWT)"), OidcAdapterUsingNimbus.class,
                CimdAdapterUsingItsLibraries.class);
        assertThat(FakeOidcProviderMetadata.class.getPackageName()).startsWith("com.nimbusds");
    }

    @Test
    void jooqFlywayAndJdbcAreConfinedToThePostgresAdapter() {
        assertViolates(rule("jOOQ"), MemoryAdapterUsingFrameworks.class);
        assertViolates(rule("Flyway"), MemoryAdapterUsingFrameworks.class);
        assertViolates(rule("JDBC"), MemoryAdapterUsingFrameworks.class);
        assertAllows(rule("jOOQ"), PostgresAdapterUsingJooq.class);
        assertAllows(rule("Flyway"), PostgresAdapterUsingJooq.class);
        assertAllows(rule("JDBC"), PostgresAdapterUsingJooq.class);
    }

    @Test
    void lettuceIsConfinedToTheRedisAdapter() {
        assertViolates(rule("Lettuce"), MemoryAdapterUsingFrameworks.class);
        assertAllows(rule("Lettuce"), RedisAdapterUsingLettuce.class);
    }

    @Test
    void theWholeTableAcceptsEveryOwnerAtOnce() {
        assertAllows(everyFramework(), HttpAdapterUsingHelidon.class, HttpAdapterUsingJteAndCors.class,
                DevLoginAdapterUsingHelidonAndJte.class, GitHubAdapterUsingJacksonAndHttpClient.class,
                CimdAdapterUsingItsLibraries.class, OidcAdapterUsingNimbus.class,
                PostgresAdapterUsingJooq.class, RedisAdapterUsingLettuce.class);
    }
}
