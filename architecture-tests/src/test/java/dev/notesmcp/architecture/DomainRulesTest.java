package dev.notesmcp.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.properties.HasType.Predicates.rawType;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.conditions.ArchConditions.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static dev.notesmcp.architecture.Packages.DOMAIN;

/** The domain's values validate themselves, so nobody may change them behind their back. */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainRulesTest {

    private static final DescribedPredicate<JavaClass> ARRAY = DescribedPredicate.describe("an array", JavaClass::isArray);

    /** Public constants ({@code Title.MAX_LENGTH}, {@code Note.NEWEST_FIRST}) are fine; arrays are never constant. */
    @ArchTest
    static final ArchRule domain_has_no_public_mutable_fields = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN).and().arePublic()
            .should().beFinal()
            .andShould(not(have(rawType(ARRAY))).as("not be arrays"))
            .allowEmptyShould(true)
            .because("a value validated in its constructor must stay valid: records, private state, no setters");
}
