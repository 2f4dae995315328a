package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.notesmcp.domain.note.Notes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagsTest {

    private static List<String> distinctNames(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag" + i).toList();
    }

    @Test
    void noneIsEmpty() {
        assertThat(Tags.none().values()).isEmpty();
        assertThat(Tags.none().names()).isEmpty();
    }

    @Test
    void keepsTheOrderGiven() {
        assertThat(tags("zeta", "alpha", "mid").names()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void collapsesDuplicatesKeepingFirstOccurrenceOrder() {
        assertThat(tags("b", "a", "b", "c", "a").names()).containsExactly("b", "a", "c");
    }

    @Test
    void acceptsTwentyTags() {
        assertThat(Tags.of(distinctNames(20)).values()).hasSize(20);
    }

    @Test
    void refusesTwentyOneTags() {
        assertThatThrownBy(() -> Tags.of(distinctNames(21)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tags"))
                .hasMessageContaining("21");
    }

    @Test
    void countsTagsAfterCollapsingDuplicates() {
        List<String> names = new ArrayList<>(distinctNames(20));
        names.addAll(distinctNames(5));

        assertThat(Tags.of(names).values()).hasSize(20);
    }

    @Test
    void refusesAnInvalidTagAmongValidOnes() {
        assertThatThrownBy(() -> tags("ok", "not ok"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tag"));
    }

    @Test
    void containsOnlyTheTagsItHolds() {
        Tags tags = tags("work", "home");

        assertThat(tags.contains(new Tag("work"))).isTrue();
        assertThat(tags.contains(new Tag("play"))).isFalse();
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenList() {
        List<Tag> source = new ArrayList<>(List.of(new Tag("one")));
        Tags tags = new Tags(source);

        source.add(new Tag("two"));

        assertThat(tags.names()).containsExactly("one");
    }

    @Test
    void cannotBeModified() {
        Tags tags = tags("one");

        assertThatThrownBy(() -> tags.values().add(new Tag("two"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalWhenSameTagsInSameOrder() {
        assertThat(tags("a", "b", "a")).isEqualTo(tags("a", "b"));
    }
}
