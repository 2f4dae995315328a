package dev.notesmcp.adapter.http;

import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The connected-apps page's use cases ({@code /account}); {@code clock} dates the page's sign-in
 * cookie (the use cases' clock).
 */
public record AccountUseCases(ConnectedAppsUseCase apps, AccountSignInUseCase signIn, Clock clock) {

    public AccountUseCases {
        Objects.requireNonNull(apps, "apps");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(clock, "clock");
    }
}
