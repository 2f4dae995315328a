package dev.notesmcp.bootstrap.identity;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One identity adapter as bootstrap knows it: the name {@code IDENTITY_PROVIDERS} uses for it and
 * how its own variables are read. Every adapter is listed once in {@link IdentityAdapters#CATALOGUE}.
 */
public interface IdentityAdapter {

    /** Its name in {@code IDENTITY_PROVIDERS}, its callback path and its user ids, e.g. {@code github}. */
    String name();

    /**
     * Reads and checks this provider's variables (through {@code variables}: an empty or blank one
     * counts as unset), adding one line per problem that starts with the variable's name and never
     * repeats a secret; empty when they cannot be used.
     */
    Optional<ConfiguredProvider> configure(Function<String, Optional<String>> variables, URI publicUrl,
                                           List<String> problems);
}
