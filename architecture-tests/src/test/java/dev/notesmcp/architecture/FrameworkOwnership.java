package dev.notesmcp.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.NoSuchElementException;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.notesmcp.architecture.Packages.BOOTSTRAP;
import static dev.notesmcp.architecture.Packages.CIMD_ADAPTER;
import static dev.notesmcp.architecture.Packages.DEVLOGIN_ADAPTER;
import static dev.notesmcp.architecture.Packages.GITHUB_ADAPTER;
import static dev.notesmcp.architecture.Packages.HTTP_ADAPTER;
import static dev.notesmcp.architecture.Packages.JWT_ADAPTER;
import static dev.notesmcp.architecture.Packages.METRICS_ADAPTER;
import static dev.notesmcp.architecture.Packages.OIDC_ADAPTER;
import static dev.notesmcp.architecture.Packages.POSTGRES_ADAPTER;
import static dev.notesmcp.architecture.Packages.REDIS_ADAPTER;

/**
 * The one table of which adapter owns which framework (DESIGN.md, "each adapter owns the
 * frameworks it uses"). Domain and application own none: besides this table,
 * {@link DependencyRulesTest} lets them depend on nothing but themselves and {@code java..}. A row
 * forbids its framework everywhere but in its owners, so it holds (and bites) before an owner
 * module exists ({@code adapters-oidc}), and for a framework that is not even on the classpath:
 * ArchUnit sees the referenced type names either way. Adding an adapter that brings a framework
 * is one row here.
 */
final class FrameworkOwnership {

    /** A framework, the package its types live in, and the only packages that may use them. */
    record Row(String framework, String frameworkPackage, List<String> owners) {

        Row(String framework, String frameworkPackage, String... owners) {
            this(framework, frameworkPackage, List.of(owners));
        }

        ArchRule rule() {
            return noClasses()
                    .that().resideOutsideOfPackages(owners.toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAPackage(frameworkPackage)
                    .as(framework + " (" + frameworkPackage + ") may be used only in " + String.join(" and ", owners))
                    .because("framework types stay in the adapter that owns them; the core is framework-free"
                            + " and a framework can be swapped by replacing one adapter");
        }
    }

    static final List<Row> TABLE = List.of(
            // Bootstrap starts the web server and configures its logging; the dev login serves its own page.
            new Row("Helidon", "io.helidon..", HTTP_ADAPTER, DEVLOGIN_ADAPTER, BOOTSTRAP),
            new Row("Helidon CORS", "io.helidon.webserver.cors..", HTTP_ADAPTER),
            new Row("Helidon CORS configuration", "io.helidon.cors..", HTTP_ADAPTER),
            new Row("JTE", "gg.jte..", HTTP_ADAPTER, DEVLOGIN_ADAPTER),
            new Row("the MCP Java SDK", "io.modelcontextprotocol..", HTTP_ADAPTER),
            // Reactor comes with the MCP SDK's API; it must not leak beyond the adapter that uses the SDK.
            new Row("Project Reactor", "reactor..", HTTP_ADAPTER),
            // jjwt's Jackson binding is a runtime dependency only; the JWT adapter does not touch Jackson.
            new Row("Jackson", "com.fasterxml..", HTTP_ADAPTER, CIMD_ADAPTER, GITHUB_ADAPTER),
            // Outgoing HTTP: sign-in with GitHub; client metadata documents behind their SSRF guards,
            // on Apache HttpClient because only it lets the connection use the addresses we vetted.
            new Row("the JDK HTTP client", "java.net.http..", GITHUB_ADAPTER),
            new Row("Apache HttpClient", "org.apache.hc..", CIMD_ADAPTER),
            new Row("jjwt", "io.jsonwebtoken..", JWT_ADAPTER),
            // OpenID Connect sign-in; private_key_jwt client assertions of metadata documents.
            new Row("Nimbus (OAuth 2.0 / OpenID Connect SDK, JOSE + JWT)", "com.nimbusds..", OIDC_ADAPTER, CIMD_ADAPTER),
            new Row("jOOQ", "org.jooq..", POSTGRES_ADAPTER),
            new Row("Flyway", "org.flywaydb..", POSTGRES_ADAPTER),
            // java.. is allowed in the core, so JDBC needs its own fence.
            new Row("JDBC", "java.sql..", POSTGRES_ADAPTER),
            new Row("Lettuce", "io.lettuce..", REDIS_ADAPTER),
            // The Metrics port's one implementation; the Prometheus client comes with its registry.
            new Row("Micrometer", "io.micrometer..", METRICS_ADAPTER),
            new Row("the Prometheus client", "io.prometheus..", METRICS_ADAPTER));

    private FrameworkOwnership() {
    }

    /** Every row at once; a failure names each row it breaks. */
    static ArchRule everyFramework() {
        return CompositeArchRule.of(TABLE.stream().map(Row::rule).toList())
                .as("every framework lives in the adapters that own it (FrameworkOwnership.TABLE)");
    }

    /** The rule of one row, by its framework's name (for the bite tests). */
    static ArchRule rule(String framework) {
        return TABLE.stream().filter(row -> row.framework().equals(framework)).findFirst()
                .map(Row::rule)
                .orElseThrow(() -> new NoSuchElementException("no row for " + framework));
    }
}
