package dev.notesmcp.architecture;

import dev.notesmcp.adapter.http.archfixture.HttpAdapterUsingService;
import dev.notesmcp.adapter.jwt.JwtSettings;
import dev.notesmcp.adapter.memory.archfixture.MemoryAdapterUsingBootstrap;
import dev.notesmcp.adapter.memory.archfixture.MemoryAdapterUsingJwtAdapter;
import dev.notesmcp.adapter.memory.archfixture.first.First;
import dev.notesmcp.adapter.memory.archfixture.second.Second;
import dev.notesmcp.application.archfixture.ApplicationCallingDomain;
import dev.notesmcp.application.archfixture.ApplicationUsingJackson;
import dev.notesmcp.application.port.out.archfixture.PortUsingService;
import dev.notesmcp.domain.archfixture.DomainCallingApplication;
import dev.notesmcp.domain.archfixture.DomainUsingAdapter;
import dev.notesmcp.domain.archfixture.DomainUsingHelidon;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.DependencyRulesTest.adapters_call_use_cases_not_services;
import static dev.notesmcp.architecture.DependencyRulesTest.adapters_do_not_depend_on_bootstrap;
import static dev.notesmcp.architecture.DependencyRulesTest.adapters_do_not_depend_on_each_other;
import static dev.notesmcp.architecture.DependencyRulesTest.application_depends_only_on_application_domain_and_java;
import static dev.notesmcp.architecture.DependencyRulesTest.domain_depends_only_on_domain_and_java;
import static dev.notesmcp.architecture.DependencyRulesTest.only_bootstrap_depends_on_adapters;
import static dev.notesmcp.architecture.DependencyRulesTest.packages_are_free_of_cycles;
import static dev.notesmcp.architecture.DependencyRulesTest.ports_do_not_depend_on_services;
import static dev.notesmcp.architecture.DependencyRulesTest.top_level_slices_are_free_of_cycles;
import static dev.notesmcp.architecture.Fixtures.assertViolates;

/** Each dependency rule fails on a fixture that breaks it. */
class DependencyRulesBiteTest {

    @Test
    void domainUsingAFrameworkOrAnAdapterIsCaught() {
        assertViolates(domain_depends_only_on_domain_and_java, DomainUsingHelidon.class);
        assertViolates(domain_depends_only_on_domain_and_java, DomainUsingAdapter.class);
    }

    @Test
    void applicationUsingAFrameworkIsCaught() {
        assertViolates(application_depends_only_on_application_domain_and_java, ApplicationUsingJackson.class);
    }

    @Test
    void portKnowingItsServiceIsCaught() {
        assertViolates(ports_do_not_depend_on_services, PortUsingService.class);
    }

    @Test
    void adapterReachingIntoAnotherAdapterIsCaught() {
        assertViolates(adapters_do_not_depend_on_each_other, MemoryAdapterUsingJwtAdapter.class, JwtSettings.class);
    }

    @Test
    void adapterReachingIntoBootstrapIsCaught() {
        assertViolates(adapters_do_not_depend_on_bootstrap, MemoryAdapterUsingBootstrap.class);
    }

    @Test
    void coreDependingOnAnAdapterIsCaught() {
        assertViolates(only_bootstrap_depends_on_adapters, DomainUsingAdapter.class);
    }

    @Test
    void adapterBoundToAServiceClassIsCaught() {
        assertViolates(adapters_call_use_cases_not_services, HttpAdapterUsingService.class);
    }

    @Test
    void cycleBetweenTopLevelSlicesIsCaught() {
        assertViolates(top_level_slices_are_free_of_cycles, DomainCallingApplication.class, ApplicationCallingDomain.class);
    }

    @Test
    void cycleBetweenPackagesOfOneModuleIsCaught() {
        assertViolates(packages_are_free_of_cycles, First.class, Second.class);
    }
}
