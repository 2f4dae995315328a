package dev.notesmcp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks a production rule against deliberately bad (or deliberately good) fixture classes from
 * this module's test sources. Production checks never see them: they import without tests.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The rule fails, and the report names {@code culprit}: it failed because of the fixture. */
    static void assertViolates(ArchRule rule, Class<?> culprit, Class<?>... others) {
        assertThatThrownBy(() -> rule.check(importing(culprit, others)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(culprit.getName());
    }

    /** The rule fails on {@code culprit}, and the report contains {@code expected} (a member's name, say). */
    static void assertViolates(ArchRule rule, Class<?> culprit, String expected) {
        assertThatThrownBy(() -> rule.check(importing(culprit)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expected);
    }

    /** The rule accepts these classes (an empty selection counts as accepted). */
    static void assertAllows(ArchRule rule, Class<?> first, Class<?>... others) {
        assertThatCode(() -> rule.allowEmptyShould(true).check(importing(first, others)))
                .doesNotThrowAnyException();
    }

    private static JavaClasses importing(Class<?> first, Class<?>... others) {
        Class<?>[] all = new Class<?>[others.length + 1];
        all[0] = first;
        System.arraycopy(others, 0, all, 1, others.length);
        return new ClassFileImporter().importClasses(all);
    }
}
