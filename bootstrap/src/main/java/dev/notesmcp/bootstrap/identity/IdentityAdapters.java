package dev.notesmcp.bootstrap.identity;

import java.util.List;
import java.util.Optional;

/**
 * Every identity adapter this build offers, in one table: the one place to register a new one
 * (docs/IDENTITY.md, "Adding an identity adapter"). The names are what {@code IDENTITY_PROVIDERS}
 * accepts; the order here means nothing (the consent page follows {@code IDENTITY_PROVIDERS}).
 */
public final class IdentityAdapters {

    public static final List<IdentityAdapter> CATALOGUE = List.of(
            new GitHubIdentityAdapter(),
            new GoogleIdentityAdapter(),
            new GitLabIdentityAdapter(),
            new GenericOidcIdentityAdapter(),
            new DevLoginIdentityAdapter());

    private IdentityAdapters() {
    }

    public static Optional<IdentityAdapter> find(String name) {
        return CATALOGUE.stream().filter(adapter -> adapter.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return CATALOGUE.stream().map(IdentityAdapter::name).toList();
    }
}
