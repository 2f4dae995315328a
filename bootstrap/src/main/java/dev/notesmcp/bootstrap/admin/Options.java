package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.domain.InvalidValueException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code --name value} options after an admin command's words: each a known name, at most once, with a value. */
final class Options {

    private Options() {
    }

    /** The value of each option given; a mistake is refused with the option's name and what to write instead. */
    static Map<String, String> parse(List<String> words, Set<String> names) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < words.size(); i += 2) {
            String name = words.get(i);
            if (!names.contains(name)) {
                throw new InvalidValueException(name, "is not an option of this command (it takes "
                        + String.join(", ", new TreeSet<>(names)) + ")");
            }
            if (i + 1 >= words.size()) {
                throw new InvalidValueException(name, "needs a value after it");
            }
            if (values.putIfAbsent(name, words.get(i + 1)) != null) {
                throw new InvalidValueException(name, "may be given once");
            }
        }
        return values;
    }
}
