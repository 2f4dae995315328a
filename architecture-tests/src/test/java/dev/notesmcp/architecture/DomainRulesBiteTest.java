package dev.notesmcp.architecture;

import dev.notesmcp.domain.archfixture.MutableValue;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.Title;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.DomainRulesTest.domain_has_no_public_mutable_fields;
import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;

/** The domain field rule catches both a settable field and a public array, and accepts real constants. */
class DomainRulesBiteTest {

    @Test
    void publicNonFinalFieldIsCaught() {
        assertViolates(domain_has_no_public_mutable_fields, MutableValue.class, MutableValue.class.getName() + ".name");
    }

    @Test
    void publicArrayConstantIsCaught() {
        assertViolates(domain_has_no_public_mutable_fields, MutableValue.class, MutableValue.class.getName() + ".CODES");
    }

    @Test
    void publicConstantsAreFine() {
        assertAllows(domain_has_no_public_mutable_fields, Title.class, Note.class);
    }
}
