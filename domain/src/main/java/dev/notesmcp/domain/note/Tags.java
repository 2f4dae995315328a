package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** A note's tags: at most 20, each once, in the order first given. */
public record Tags(List<Tag> values) {

    public static final int MAX_COUNT = 20;

    public Tags {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(hasDuplicates(values) ? new LinkedHashSet<>(values) : values);
        if (values.size() > MAX_COUNT) {
            throw new InvalidValueException("tags", "at most " + MAX_COUNT + " tags (got " + values.size() + ")");
        }
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    /** A loop, not a stream: every note read back from PostgreSQL passes here, eleven per {@code list_notes}. */
    public static Tags of(List<String> names) {
        Tag[] tags = new Tag[names.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(names.get(i));
        }
        return new Tags(Arrays.asList(tags));
    }

    /**
     * Whether a tag repeats. A note has a few tags, so a pairwise look costs less than the set it
     * spares; a longer list (refused below unless repeats shrink it) goes to the set.
     */
    private static boolean hasDuplicates(List<Tag> values) {
        if (values.size() > MAX_COUNT) {
            return true;
        }
        for (int i = 1; i < values.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(i).equals(values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean contains(Tag tag) {
        return values.contains(tag);
    }

    /**
     * The tags' names in order, unmodifiable. A plain loop, not a stream: every listed note's view
     * asks for them. (Null-tolerant in {@code contains}, like the stream's list it replaces.)
     */
    public List<String> names() {
        String[] names = new String[values.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = values.get(i).value();
        }
        return Collections.unmodifiableList(Arrays.asList(names));
    }
}
