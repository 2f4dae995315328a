package dev.notesmcp.domain.identity;

import dev.notesmcp.domain.Check;

import java.util.Objects;

/** Who the upstream identity provider says signed in: our {@link UserId} and their login name. */
public record UpstreamIdentity(UserId user, String login) {

    public UpstreamIdentity {
        Objects.requireNonNull(user, "user");
        Check.text("login", login, 1, 255);
    }
}
