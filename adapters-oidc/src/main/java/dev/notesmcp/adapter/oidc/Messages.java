package dev.notesmcp.adapter.oidc;

/** What the person signing in reads when it does not work: plain words, a next step, no secrets. */
final class Messages {

    private final String provider;

    Messages(String provider) {
        this.provider = provider;
    }

    String noCode() {
        return provider + " sent no usable sign-in code; please sign in again.";
    }

    String unreachable() {
        return provider + " could not be reached; try again.";
    }

    String timedOut() {
        return provider + " did not answer in time; try again.";
    }

    String unexpected() {
        return provider + " answered in a way we did not understand; try again later.";
    }

    String trouble() {
        return provider + " is having trouble right now; try again later.";
    }

    String codeRefused() {
        return provider + " did not accept the sign-in code (it expired or was already used); please sign in again.";
    }

    String credentialsRefused() {
        return provider + " did not accept this server's client credentials; the server's operator must check them.";
    }

    String refused(String errorCode) {
        return provider + " refused the sign-in (" + errorCode + "); please sign in again.";
    }

    String unverified() {
        return provider + " sent a sign-in we could not verify; please sign in again.";
    }

    String noIdentity() {
        return provider + "'s answer did not say who you are; try again later.";
    }
}
