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
        values = List.copyOf(new LinkedHashSet<>(values));
        if (values.size() > MAX_COUNT) {
            throw new InvalidValueException("tags", "at most " + MAX_COUNT + " tags (got " + values.size() + ")");
        }
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    public static Tags of(List<String> names) {
        return new Tags(names.stream().map(Tag::new).toList());
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
