package dev.notesmcp.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.notesmcp.bootstrap.Main;

import java.text.DateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static dev.notesmcp.architecture.Packages.BOOTSTRAP;
import static dev.notesmcp.architecture.Packages.JWT_ADAPTER;

/** Coding rules that hold for good reasons in every module; each exception is narrow and explained. */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

    /** Expected outcomes are values; an exception names what broke (InvalidValueException, ...). */
    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /**
     * Output goes through {@code System.Logger} (one formatted line per record, routed by
     * bootstrap's logging configuration), never to {@code System.out}/{@code err} or
     * {@code printStackTrace}, which would bypass the "no secret, no stack trace" discipline.
     * One exception, {@link Main}: {@code mint-token} writes the token it minted to standard
     * output, where a script can pipe it, so that it never lands in a log. See the next rule for
     * what Main still may not do.
     */
    @ArchTest
    static final ArchRule no_standard_streams_outside_main = noClasses()
            .that().doNotBelongToAnyOf(Main.class)
            .should(ACCESS_STANDARD_STREAMS)
            .because("output goes through System.Logger, where secrets and stack traces are kept out");

    /** Main's exception covers command output on {@code System.out} only: errors go to the logger. */
    @ArchTest
    static final ArchRule main_uses_standard_output_only_for_command_output = noClasses()
            .that().belongToAnyOf(Main.class)
            .should().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("Main reports problems through System.Logger, one line each, without stack traces");

    /**
     * Code logs through {@code System.Logger}. java.util.logging is only the backend, configured by
     * {@code logging.properties} and Helidon's {@code LogConfig} in bootstrap, neither of which
     * needs a JUL type in our code.
     */
    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** SLF4J is on the classpath only for the MCP SDK (bridged to JUL by slf4j-jdk14). */
    @ArchTest
    static final ArchRule no_slf4j = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
            .because("our code logs through System.Logger; SLF4J is only the MCP SDK's logging facade");

    /** Wiring is plain constructors in bootstrap; nothing is injected into fields. */
    @ArchTest
    static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Only {@link Main} decides that the process ends (exit code 2 for bad configuration). */
    @ArchTest
    static final ArchRule only_main_ends_the_process = noClasses()
            .that().doNotBelongToAnyOf(Main.class)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a library or feature that ends the JVM takes the decision away from the operator and the tests");

    /** STYLE.md: "nothing reads global config from inside a feature"; bootstrap reads it and passes values in. */
    @ArchTest
    static final ArchRule only_bootstrap_reads_the_environment = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class, String.class)
            .because("configuration is read and validated once, in bootstrap, and handed to the features");

    /**
     * The canned {@code OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED}, narrowed: the JWT adapter is
     * exempt because jjwt's API speaks {@code java.util.Date} ({@code issuedAt(Date)},
     * {@code clock(() -> Date)}); it converts at that boundary and hands {@code Instant}s on.
     */
    @ArchTest
    static final ArchRule java_time_instead_of_legacy_dates = noClasses()
            .that().resideOutsideOfPackage(JWT_ADAPTER)
            .should().dependOnClassesThat().belongToAnyOf(
                    Date.class, Calendar.class, TimeZone.class, DateFormat.class,
                    java.sql.Date.class, java.sql.Time.class, java.sql.Timestamp.class)
            .because("java.time is unambiguous about instants, zones and durations");
}
