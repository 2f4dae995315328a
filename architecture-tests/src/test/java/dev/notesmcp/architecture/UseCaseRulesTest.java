package dev.notesmcp.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static dev.notesmcp.architecture.Packages.INCOMING_PORTS;
import static dev.notesmcp.architecture.Packages.OUTGOING_PORTS;
import static dev.notesmcp.architecture.Packages.SERVICES;

/**
 * The naming STYLE.md settles on: {@code <Verb><Noun>UseCase} interfaces in {@code port.in},
 * implemented by {@code <Verb><Noun>Service} classes in {@code service}; outgoing ports are
 * interfaces named by role. Nested types (a use case's {@code Command} record) are free.
 */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class UseCaseRulesTest {

    static final DescribedPredicate<JavaClass> IMPLEMENT_A_USE_CASE = DescribedPredicate.describe(
            "implement a use case",
            clazz -> clazz.getAllRawInterfaces().stream()
                    .anyMatch(type -> type.getPackageName().startsWith("dev.notesmcp.application.port.in")
                            && type.getSimpleName().endsWith("UseCase")));

    @ArchTest
    static final ArchRule incoming_ports_are_use_case_interfaces = classes()
            .that().resideInAPackage(INCOMING_PORTS).and().areTopLevelClasses().and().areInterfaces()
            .should().haveSimpleNameEndingWith("UseCase")
            .because("an incoming port is one thing a user can do, named <Verb><Noun>UseCase");

    @ArchTest
    static final ArchRule incoming_port_values_are_records = classes()
            .that().resideInAPackage(INCOMING_PORTS).and().areTopLevelClasses().and().areNotInterfaces()
            .should().beRecords()
            .because("besides use cases, port.in holds only the plain values several of them share"
                    + " (such as ClientCredentials)");

    @ArchTest
    static final ArchRule use_case_implementations_are_services = classes()
            .that(IMPLEMENT_A_USE_CASE)
            .should().resideInAPackage(SERVICES)
            .andShould().haveSimpleNameEndingWith("Service")
            .because("a use case is implemented once, by <Verb><Noun>Service in application.service;"
                    + " adapters call use cases, they do not implement them");

    @ArchTest
    static final ArchRule outgoing_ports_are_interfaces = classes()
            .that().resideInAPackage(OUTGOING_PORTS).and().areTopLevelClasses()
            // The one exception type the ports' contracts name (StoreUnavailableException) lives with them.
            .and().areNotAssignableTo(RuntimeException.class)
            .should().beInterfaces()
            .because("an outgoing port is a contract each adapter implements (memory, Postgres, Redis)");
}
