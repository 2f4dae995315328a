package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.oidc.ProviderDiscoveryException;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the OpenID Connect presets read their variables: a missing one, a URL that does not parse
 * and whatever the adapter's settings records refuse each become one problem line that starts with
 * the variable's name; the records' messages never repeat a secret.
 */
final class OidcVariables {

    private OidcVariables() {
    }

    /** The variable's value; when unset, a problem saying what it is for. */
    static Optional<String> required(Function<String, Optional<String>> variables, String name, String purpose,
                                     List<String> problems) {
        Optional<String> value = variables.apply(name);
        if (value.isEmpty()) {
            problems.add(name + ": required for " + purpose);
        }
        return value;
    }

    /** The variable as a URL (empty when unset, or when it does not parse, which is then a problem). */
    static Optional<URI> url(Function<String, Optional<String>> variables, String name, List<String> problems) {
        Optional<String> raw = variables.apply(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(raw.get()));
        } catch (URISyntaxException e) {
            problems.add(name + ": is not a valid URL (got '" + raw.get() + "')");
            return Optional.empty();
        }
    }

    /** The entries of a list separated by {@code separators} (a regular expression), empty ones dropped. */
    static List<String> list(Function<String, Optional<String>> variables, String name, String separators) {
        return variables.apply(name)
                .map(raw -> Arrays.stream(raw.split(separators)).map(String::strip).filter(entry -> !entry.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** Builds the provider's settings; a refusal becomes its problem line. */
    static <T> Optional<T> checked(Supplier<T> settings, List<String> problems) {
        try {
            return Optional.of(settings.get());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts the provider, which reads its discovery document now; a provider that cannot be used stops the start. */
    static UpstreamIdentityProvider discover(Supplier<UpstreamIdentityProvider> start) {
        try {
            return start.get();
        } catch (ProviderDiscoveryException e) {
            throw new ProviderStartupException(e.getMessage());
        }
    }
}
