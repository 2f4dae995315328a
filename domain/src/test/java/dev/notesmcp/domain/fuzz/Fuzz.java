package dev.notesmcp.domain.fuzz;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small fuzzing harness on plain JUnit: a property is checked against {@code tries} inputs drawn
 * from a seeded {@link Random}, and a failure names the seed and the input so it can be replayed.
 *
 * <p>Short in CI (each property's own count, a few hundred); long on demand with
 * {@code -Dfuzz.tries=100000} (every property, docs/TESTING.md); {@code -Dfuzz.seed=N} replays a
 * reported failure. Each run draws a new seed, so CI explores new inputs every time.
 *
 * <p>Why not jqwik: from 1.10 it carries an "Anti-AI Usage Clause" (its maintainer does not want
 * it used by AI coding agents, which work on this code base), and its engine prints an
 * instruction aimed at such agents into every test log.
 */
public final class Fuzz {

    /** Draws one input. */
    @FunctionalInterface
    public interface Generator<T> extends Function<Random, T> {
    }

    private Fuzz() {
    }

    /** Checks {@code property} on {@code defaultTries} inputs (or {@code -Dfuzz.tries}); a thrown error fails it. */
    public static <T> void check(int defaultTries, Generator<T> inputs, Consumer<T> property) {
        int tries = Integer.getInteger("fuzz.tries", defaultTries);
        if (tries < 1) {
            throw new IllegalArgumentException("fuzz.tries must be at least 1, not " + tries);
        }
        long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = inputs.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed on try " + attempt + " of " + tries + " (replay with -Dfuzz.seed="
                        + seed + ") for input " + describe(input) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The input with every character outside printable ASCII escaped, so lone surrogates and NULs show. */
    public static String describe(Object input) {
        // Bytes show one per character (ISO-8859-1), so invalid UTF-8 is visible, escaped.
        String text = input instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : String.valueOf(input);
        StringBuilder out = new StringBuilder(text.length() + 16).append('«');
        text.chars().limit(300).forEach(c -> out.append(c < 0x20 || c > 0x7e
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append(text.length() > 300 ? "…»" : "»").toString();
    }
}
