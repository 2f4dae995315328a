package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteChangesTest {

    @Test
    void refusesNoChangeAtAll() {
        assertThatThrownBy(() -> new NoteChanges(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("arguments"));
    }

    @Test
    void acceptsOnlyATitle() {
        NoteChanges changes = new NoteChanges(Optional.of(new Title("t")), Optional.empty(), Optional.empty());
        assertThat(changes.title()).contains(new Title("t"));
    }

    @Test
    void acceptsOnlyContent() {
        NoteChanges changes = new NoteChanges(Optional.empty(), Optional.of(NoteContent.empty()), Optional.empty());
        assertThat(changes.content()).contains(NoteContent.empty());
    }

    @Test
    void acceptsOnlyTags() {
        NoteChanges changes = new NoteChanges(Optional.empty(), Optional.empty(), Optional.of(Tags.none()));
        assertThat(changes.tags()).contains(Tags.none());
    }
}
