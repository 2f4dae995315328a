package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedDetailsTest {

    @Test
    void everyGivenValueIsCheckedByItsDetailsRule() {
        assertThat(CheckedDetails.of(Map.of(AuditDetail.TOOL, "list_notes", AuditDetail.DURATION_MS, "3")))
                .containsExactly(Map.entry(AuditDetail.TOOL, "list_notes"), Map.entry(AuditDetail.DURATION_MS, "3"));
        assertThatThrownBy(() -> CheckedDetails.of(Map.of(AuditDetail.TOOL, "list_notes",
                AuditDetail.OUTCOME, "the note said hello")))
                .isInstanceOf(InvalidValueException.class).message().doesNotContain("hello");
    }

    @Test
    void anAddedValueIsCheckedToo() {
        CheckedDetails details = CheckedDetails.none().with(AuditDetail.TOOL, "get_note");

        assertThatThrownBy(() -> details.with(AuditDetail.DURATION_MS, "-1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> details.with(AuditDetail.PROVIDER, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void addingMakesNewDetailsAndLeavesTheOldOnesAlone() {
        CheckedDetails first = CheckedDetails.none().with(AuditDetail.OUTCOME, "ok");
        CheckedDetails second = first.with(AuditDetail.OUTCOME, "tool_error").with(AuditDetail.TOOL, "get_note");

        assertThat(first).containsExactly(Map.entry(AuditDetail.OUTCOME, "ok"));
        assertThat(second).containsExactly(Map.entry(AuditDetail.TOOL, "get_note"),
                Map.entry(AuditDetail.OUTCOME, "tool_error"));
        assertThat(CheckedDetails.none()).isEmpty();
    }

    /** The details skip re-checking only because nothing can change them once checked. */
    @Test
    void checkedDetailsCannotBeChangedInAnyWay() {
        EnumMap<AuditDetail, String> source = new EnumMap<>(AuditDetail.class);
        source.put(AuditDetail.TOOL, "create_note");
        CheckedDetails details = CheckedDetails.of(source);

        source.put(AuditDetail.TOOL, "free text from a request");

        assertThat(details).containsExactly(Map.entry(AuditDetail.TOOL, "create_note"));
        assertThatThrownBy(() -> details.put(AuditDetail.OUTCOME, "ok")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> details.entrySet().iterator().next().setValue("free text"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> details.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> details.remove(AuditDetail.TOOL)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(details.get(AuditDetail.TOOL)).isEqualTo("create_note");
    }

    @Test
    void equalToAnyMapWithTheSameEntries() {
        assertThat(CheckedDetails.none().with(AuditDetail.REVOKED_BY, "admin"))
                .isEqualTo(Map.of(AuditDetail.REVOKED_BY, "admin"))
                .hasSameHashCodeAs(Map.of(AuditDetail.REVOKED_BY, "admin"));
    }
}
