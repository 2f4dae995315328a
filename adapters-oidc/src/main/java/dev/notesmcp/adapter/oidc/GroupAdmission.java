package dev.notesmcp.adapter.oidc;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GITLAB_ALLOWED_GROUPS}: only members of one of these groups. GitLab's userinfo
 * {@code groups} claim lists the full paths of the groups the user belongs to directly or through
 * an ancestor group, so allowing {@code acme} admits members of {@code acme}, and allowing
 * {@code acme/platform} admits its members and those of {@code acme}. Paths compare case-insensitively,
 * as GitLab treats them.
 */
record GroupAdmission(Set<String> groups) implements Admission {

    GroupAdmission {
        groups = groups.stream().map(group -> group.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Refusal> refusal(VerifiedClaims claims) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        boolean member = claims.strings("groups").stream()
                .anyMatch(group -> groups.contains(group.toLowerCase(Locale.ROOT)));
        if (member) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("Your GitLab account is not a member of a group allowed to use this server.",
                claims.claim("groups").isPresent() ? "member of none of GITLAB_ALLOWED_GROUPS"
                        : "userinfo carried no groups claim"));
    }
}
