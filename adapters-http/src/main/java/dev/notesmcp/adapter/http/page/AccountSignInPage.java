package dev.notesmcp.adapter.http.page;

import java.util.List;
import java.util.Objects;

/** The connected-apps page for a visitor not signed in: one "Continue with …" button per provider. */
public record AccountSignInPage(String action, List<ConsentPage.SignInChoice> choices) {

    public AccountSignInPage {
        Objects.requireNonNull(action, "action");
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a sign-in page offers at least one way to sign in");
        }
    }
}
