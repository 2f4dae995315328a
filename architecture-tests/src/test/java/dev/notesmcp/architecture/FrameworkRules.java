package dev.notesmcp.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Builds "this framework may appear only in these packages" rules. */
final class FrameworkRules {

    private FrameworkRules() {
    }

    /**
     * No class outside {@code owners} depends on anything in {@code frameworkPackage}. The rule
     * selects every class outside the owners, so it has classes to check (and stays meaningful)
     * even before the owning adapter exists, and it works on a framework that is not even on the
     * classpath: ArchUnit sees the referenced type names either way.
     */
    static ArchRule confine(String framework, String frameworkPackage, String... owners) {
        return noClasses()
                .that().resideOutsideOfPackages(owners)
                .should().dependOnClassesThat().resideInAPackage(frameworkPackage)
                .as(framework + " (" + frameworkPackage + ") may be used only in " + String.join(" and ", owners))
                .because("framework types stay in the adapter that owns them; the core is framework-free"
                        + " and a framework can be swapped by replacing one adapter");
    }
}
