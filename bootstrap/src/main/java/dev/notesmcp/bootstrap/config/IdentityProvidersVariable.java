package dev.notesmcp.bootstrap.config;

import dev.notesmcp.bootstrap.identity.ConfiguredProvider;
import dev.notesmcp.bootstrap.identity.IdentityAdapter;
import dev.notesmcp.bootstrap.identity.IdentityAdapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code IDENTITY_PROVIDERS} (or its older name {@code IDENTITY_PROVIDER}): which identity
 * adapters sign people in, in the order the consent page offers them. Unset, it is {@code github}
 * when {@code GITHUB_CLIENT_ID} is set, else {@code dev} on a loopback {@code PUBLIC_URL}. Each
 * chosen adapter then reads its own variables ({@link IdentityAdapter#configure}).
 */
final class IdentityProvidersVariable {

    static final String NAME = "IDENTITY_PROVIDERS";
    static final String ALIAS = "IDENTITY_PROVIDER";

    private IdentityProvidersVariable() {
    }

    /** The chosen names, in order; the problems name the variable that was set. */
    static List<String> names(Environment env, URI publicUrl, List<String> problems) {
        Optional<String> list = env.get(NAME);
        Optional<String> alias = env.get(ALIAS);
        List<String> names;
        if (list.isPresent() || alias.isPresent()) {
            String variable = list.isPresent() ? NAME : ALIAS;
            names = parse(variable, list.or(() -> alias).orElseThrow(), problems);
            if (list.isPresent() && alias.isPresent() && !names.equals(parse(ALIAS, alias.get(), new ArrayList<>()))) {
                problems.add(NAME + ": set it or its older name " + ALIAS + ", not both with different lists");
            }
            if (names.contains("dev") && !SettingsLoader.isLoopback(publicUrl)) {
                problems.add(variable + ": the dev login is only allowed when PUBLIC_URL is a loopback address"
                        + " (got " + publicUrl + ")");
            }
            return names;
        }
        if (env.get("GITHUB_CLIENT_ID").isPresent()) {
            return List.of("github");
        }
        if (SettingsLoader.isLoopback(publicUrl)) {
            return List.of("dev");
        }
        problems.add(NAME + ": not set, and PUBLIC_URL (" + publicUrl + ") is not loopback; set GITHUB_CLIENT_ID and"
                + " GITHUB_CLIENT_SECRET for GitHub sign-in, or name the providers in " + NAME + " (docs/IDENTITY.md)");
        return List.of();
    }

    /** Each named adapter's own settings; a provider whose variables are unusable adds its problems instead. */
    static List<ConfiguredProvider> configure(List<String> names, Environment env, URI publicUrl, List<String> problems) {
        List<ConfiguredProvider> configured = new ArrayList<>();
        for (String name : names) {
            IdentityAdapters.find(name).flatMap(adapter -> adapter.configure(env::get, publicUrl, problems))
                    .ifPresent(configured::add);
        }
        return List.copyOf(configured);
    }

    private static List<String> parse(String variable, String raw, List<String> problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String entry : raw.split(",", -1)) {
            String name = entry.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(variable + ": a comma list of provider names such as github,dev, without empty"
                        + " entries (got '" + raw + "')");
            } else if (IdentityAdapters.find(name).isEmpty()) {
                problems.add(variable + ": unknown identity provider '" + name + "'; this build offers "
                        + String.join(", ", IdentityAdapters.names()));
            } else if (!names.add(name)) {
                problems.add(variable + ": '" + name + "' is listed twice");
            }
        }
        return List.copyOf(names);
    }
}
