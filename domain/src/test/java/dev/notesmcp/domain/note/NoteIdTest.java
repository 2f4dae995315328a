package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteIdTest {

    @Test
    void acceptsACanonicalLowerCaseUuid() {
        String value = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        assertThat(new NoteId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "3F2504E0-4F89-41D3-9A0C-0305E82C3301",       // upper case
            "3f2504e04f8941d39a0c0305e82c3301",           // no dashes
            "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",     // braces
            "urn:uuid:3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            " 3f2504e0-4f89-41d3-9a0c-0305e82c3301",      // leading space
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301\n",     // trailing newline
            "3f2504e0-4f89-41d3-9a0c-0305e82c330",        // one digit short
            "3f2504e0-4f89-41d3-9a0c-0305e82c33011",      // one digit long
            "3f2504e0-4f89-41d3-9a0c-0305e82c330g",       // not hex
            "1-1-1-1-1",                                  // parses with UUID.fromString, still not canonical
            "' OR 1=1 --"})
    void refusesAnythingButACanonicalUuid(String value) {
        assertThatThrownBy(() -> new NoteId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void randomIdsAreCanonicalUuids() {
        NoteId id = NoteId.random();
        assertThat(UUID.fromString(id.value()).toString()).isEqualTo(id.value());
    }

    @Test
    void randomIdsDiffer() {
        Set<NoteId> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(NoteId.random());
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void ordersByItsText() {
        NoteId low = new NoteId("00000000-0000-4000-8000-000000000001");
        NoteId high = new NoteId("f0000000-0000-4000-8000-000000000000");

        assertThat(low).isLessThan(high);
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(new NoteId(low.value()))).isZero();
    }

    @Test
    void printsAsItsValue() {
        NoteId id = NoteId.random();
        assertThat(id).hasToString(id.value());
    }
}
