package dev.notesmcp.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each framework lives in the adapter that owns it, as {@link FrameworkOwnership#TABLE} says.
 * Domain and application are covered by the stricter {@link DependencyRulesTest}; the table
 * additionally keeps adapters and bootstrap from borrowing each other's frameworks.
 */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    @ArchTest
    static final ArchRule frameworks_live_in_the_adapters_that_own_them = FrameworkOwnership.everyFramework();
}
