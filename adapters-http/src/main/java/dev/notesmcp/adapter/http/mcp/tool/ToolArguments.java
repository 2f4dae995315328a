package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tool call's arguments, read with the types the tool's input schema promises. The SDK checks
 * the schema first; these checks keep the tools safe even if it did not.
 */
final class ToolArguments {

    private final Map<String, Object> values;

    ToolArguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** The arguments, refusing any the tool does not take (its schema says additionalProperties: false). */
    static ToolArguments of(Map<String, Object> values, Set<String> accepted) {
        ToolArguments arguments = new ToolArguments(values);
        for (String name : arguments.values.keySet()) {
            if (!WellFormedText.is(name)) {
                // The name cannot be repeated: it could not be written back as UTF-8.
                throw new InvalidValueException("arguments", "names must be valid Unicode text; this tool takes "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
            if (!accepted.contains(name)) {
                throw new InvalidValueException(name, "is not an argument of this tool; it takes "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return arguments;
    }

    String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> new InvalidValueException(name, "is required"));
    }

    Optional<String> optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new InvalidValueException(name, "must be a string");
    }

    Optional<Integer> optionalInteger(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long number = ((Number) value).longValue();
            if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
                return Optional.of((int) number);
            }
        }
        throw new InvalidValueException(name, "must be a whole number");
    }

    Optional<List<String>> optionalStringList(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return Optional.of(list.stream().map(String.class::cast).toList());
        }
        throw new InvalidValueException(name, "must be a list of strings");
    }
}
