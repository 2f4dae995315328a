package dev.notesmcp.architecture;

import dev.notesmcp.domain.archfixture.MutableValue;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.Title;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.DomainRulesTest.domain_has_no_public_mutable_fields;
import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainRulesBiteTest {

    @Test
    void publicMutableFieldsAreCaught() {
        assertThatThrownBy(() -> domain_has_no_public_mutable_fields.check(
                new com.tngtech.archunit.core.importer.ClassFileImporter().importClasses(MutableValue.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MutableValue.class.getName() + ".name")
                .hasMessageContaining(MutableValue.class.getName() + ".CODES");
    }

    @Test
    void publicConstantsAreFine() {
        assertAllows(domain_has_no_public_mutable_fields, Title.class, Note.class);
    }

    @Test
    void theSharedHelperNamesTheCulprit() {
        assertViolates(domain_has_no_public_mutable_fields, MutableValue.class);
    }
}
