package dev.notesmcp.architecture;

import dev.notesmcp.adapter.jwt.archfixture.JwtAdapterUsingJjwtAndDate;
import dev.notesmcp.archfixture.coding.EndsTheProcess;
import dev.notesmcp.archfixture.coding.PrintsToStandardStreams;
import dev.notesmcp.archfixture.coding.ReadsEnvironment;
import dev.notesmcp.archfixture.coding.ThrowsGenericException;
import dev.notesmcp.archfixture.coding.UsesFieldInjection;
import dev.notesmcp.archfixture.coding.UsesJavaUtilLogging;
import dev.notesmcp.archfixture.coding.UsesLegacyDate;
import dev.notesmcp.archfixture.coding.UsesSlf4j;
import dev.notesmcp.bootstrap.Main;
import dev.notesmcp.bootstrap.archfixture.BootstrapReadingEnvironment;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.CodingRulesTest.java_time_instead_of_legacy_dates;
import static dev.notesmcp.architecture.CodingRulesTest.no_field_injection;
import static dev.notesmcp.architecture.CodingRulesTest.no_generic_exceptions;
import static dev.notesmcp.architecture.CodingRulesTest.no_java_util_logging;
import static dev.notesmcp.architecture.CodingRulesTest.no_slf4j;
import static dev.notesmcp.architecture.CodingRulesTest.main_uses_standard_output_only_for_command_output;
import static dev.notesmcp.architecture.CodingRulesTest.no_standard_streams_outside_main;
import static dev.notesmcp.architecture.CodingRulesTest.only_bootstrap_reads_the_environment;
import static dev.notesmcp.architecture.CodingRulesTest.only_main_ends_the_process;
import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;

/** Each coding rule fails on a fixture that breaks it; each narrowed rule still accepts its exception. */
class CodingRulesBiteTest {

    @Test
    void genericExceptionsAreCaught() {
        assertViolates(no_generic_exceptions, ThrowsGenericException.class);
    }

    @Test
    void printingPastTheLoggerIsCaught() {
        assertViolates(no_standard_streams_outside_main, PrintsToStandardStreams.class);
        assertAllows(no_standard_streams_outside_main, Main.class);
        assertAllows(main_uses_standard_output_only_for_command_output, Main.class);
    }

    @Test
    void loggingPastSystemLoggerIsCaught() {
        assertViolates(no_java_util_logging, UsesJavaUtilLogging.class);
        assertViolates(no_slf4j, UsesSlf4j.class);
    }

    @Test
    void fieldInjectionIsCaught() {
        assertViolates(no_field_injection, UsesFieldInjection.class);
    }

    @Test
    void onlyMainEndsTheProcess() {
        assertViolates(only_main_ends_the_process, EndsTheProcess.class);
        assertAllows(only_main_ends_the_process, Main.class);
    }

    @Test
    void onlyBootstrapReadsTheEnvironment() {
        assertViolates(only_bootstrap_reads_the_environment, ReadsEnvironment.class);
        assertAllows(only_bootstrap_reads_the_environment, BootstrapReadingEnvironment.class, Main.class);
    }

    @Test
    void legacyDatesAreCaughtOutsideTheJwtAdapter() {
        assertViolates(java_time_instead_of_legacy_dates, UsesLegacyDate.class);
        assertAllows(java_time_instead_of_legacy_dates, JwtAdapterUsingJjwtAndDate.class);
    }
}
