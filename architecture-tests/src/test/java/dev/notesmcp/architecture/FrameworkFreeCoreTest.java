package dev.notesmcp.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static dev.notesmcp.architecture.FrameworkRules.confine;
import static dev.notesmcp.architecture.Packages.BOOTSTRAP;
import static dev.notesmcp.architecture.Packages.CIMD_ADAPTER;
import static dev.notesmcp.architecture.Packages.GITHUB_ADAPTER;
import static dev.notesmcp.architecture.Packages.HTTP_ADAPTER;
import static dev.notesmcp.architecture.Packages.JWT_ADAPTER;
import static dev.notesmcp.architecture.Packages.POSTGRES_ADAPTER;
import static dev.notesmcp.architecture.Packages.REDIS_ADAPTER;

/**
 * Each framework lives in the adapter that owns it (DESIGN.md: "no framework type appears in
 * domain or application"). Domain and application are also covered by the stricter
 * {@link DependencyRulesTest}; these rules additionally keep adapters from borrowing each
 * other's frameworks.
 */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    /** Bootstrap starts the Helidon web server and configures its logging. */
    @ArchTest
    static final ArchRule helidon_only_in_http_adapter_and_bootstrap =
            confine("Helidon", "io.helidon..", HTTP_ADAPTER, BOOTSTRAP);

    @ArchTest
    static final ArchRule jjwt_only_in_jwt_adapter =
            confine("jjwt", "io.jsonwebtoken..", JWT_ADAPTER);

    /** jjwt's Jackson binding is a runtime dependency only; the JWT adapter does not touch Jackson. */
    @ArchTest
    static final ArchRule jackson_only_in_http_and_cimd_adapters =
            confine("Jackson", "com.fasterxml..", HTTP_ADAPTER, CIMD_ADAPTER);

    /** Outgoing HTTP: sign-in with GitHub, and client metadata documents behind their SSRF guards. */
    @ArchTest
    static final ArchRule jdk_http_client_only_in_github_and_cimd_adapters =
            confine("the JDK HTTP client", "java.net.http..", GITHUB_ADAPTER, CIMD_ADAPTER);

    @ArchTest
    static final ArchRule mcp_sdk_only_in_http_adapter =
            confine("the MCP Java SDK", "io.modelcontextprotocol..", HTTP_ADAPTER);

    /** Reactor comes with the MCP SDK's API; it must not leak beyond the adapter that uses the SDK. */
    @ArchTest
    static final ArchRule reactor_only_in_http_adapter =
            confine("Project Reactor", "reactor..", HTTP_ADAPTER);

    /** The pages' template engine (precompiled JTE templates with contextual escaping). */
    @ArchTest
    static final ArchRule jte_only_in_http_adapter =
            confine("JTE", "gg.jte..", HTTP_ADAPTER);

    /** Bootstrap may use Helidon, but the one CORS policy table lives in the web adapter. */
    @ArchTest
    static final ArchRule helidon_cors_only_in_http_adapter =
            confine("Helidon CORS", "io.helidon.webserver.cors..", HTTP_ADAPTER);

    @ArchTest
    static final ArchRule helidon_cors_config_only_in_http_adapter =
            confine("Helidon CORS configuration", "io.helidon.cors..", HTTP_ADAPTER);

    @ArchTest
    static final ArchRule jooq_only_in_postgres_adapter =
            confine("jOOQ", "org.jooq..", POSTGRES_ADAPTER);

    @ArchTest
    static final ArchRule flyway_only_in_postgres_adapter =
            confine("Flyway", "org.flywaydb..", POSTGRES_ADAPTER);

    /** {@code java..} is allowed in the core, so JDBC needs its own fence. */
    @ArchTest
    static final ArchRule jdbc_only_in_postgres_adapter =
            confine("JDBC", "java.sql..", POSTGRES_ADAPTER);

    @ArchTest
    static final ArchRule lettuce_only_in_redis_adapter =
            confine("Lettuce", "io.lettuce..", REDIS_ADAPTER);
}
