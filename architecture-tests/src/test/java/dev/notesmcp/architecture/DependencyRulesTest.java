package dev.notesmcp.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.notesmcp.architecture.Packages.ADAPTERS;
import static dev.notesmcp.architecture.Packages.APPLICATION;
import static dev.notesmcp.architecture.Packages.BOOTSTRAP;
import static dev.notesmcp.architecture.Packages.DOMAIN;
import static dev.notesmcp.architecture.Packages.JAVA;
import static dev.notesmcp.architecture.Packages.PORTS;
import static dev.notesmcp.architecture.Packages.SERVICES;

/** The hexagon's dependency directions: domain ← application ← adapters ← bootstrap, and no cycles. */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    static final String GENERATED_JOOQ = "dev.notesmcp.adapter.postgres.jooq..";

    @ArchTest
    static final ArchRule domain_depends_only_on_domain_and_java = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, JAVA)
            .because("the domain is plain Java: no framework, no application, no adapter");

    @ArchTest
    static final ArchRule application_depends_only_on_application_domain_and_java = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, JAVA)
            .because("use cases and ports know the domain and nothing of the adapters or frameworks");

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = noClasses()
            .that().resideInAPackage(PORTS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("ports are the contracts; services implement them, never the other way round");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("dev.notesmcp.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter is replaceable on its own; only bootstrap knows them all");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_bootstrap = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires adapters with what they need; they never reach back for configuration");

    @ArchTest
    static final ArchRule only_bootstrap_depends_on_adapters = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("the core reaches adapters only through ports; bootstrap is the one place that wires them");

    @ArchTest
    static final ArchRule adapters_call_use_cases_not_services = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters drive the application through use-case interfaces (STYLE.md); bootstrap picks the service");

    @ArchTest
    static final ArchRule top_level_slices_are_free_of_cycles = slices()
            .matching("dev.notesmcp.(*)..")
            .should().beFreeOfCycles()
            .because("domain, application, adapter and bootstrap form a strict order");

    /**
     * Every package is its own slice, so this also forbids cycles between the packages inside one
     * module. jOOQ's generated classes (tables, keys, records referring to each other) are exempt
     * among themselves; our code around them is not.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("dev.notesmcp.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(GENERATED_JOOQ),
                    JavaClass.Predicates.resideInAPackage(GENERATED_JOOQ))
            .because("a package cycle means two packages are really one");
}
