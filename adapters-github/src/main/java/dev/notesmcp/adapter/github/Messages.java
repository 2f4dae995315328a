package dev.notesmcp.adapter.github;

/** What the person signing in reads when GitHub sign-in fails: plain words, no secrets, a next step. */
final class Messages {

    static final String NO_CODE = "GitHub sent no usable sign-in code; please sign in again.";
    static final String UNREACHABLE = "GitHub could not be reached; try again.";
    static final String TIMED_OUT = "GitHub did not answer in time; try again.";
    static final String INTERRUPTED = "Signing in with GitHub was interrupted; try again.";
    static final String UNEXPECTED = "GitHub answered in a way we did not understand; try again later.";
    static final String TROUBLE = "GitHub is having trouble right now; try again later.";
    static final String LIMITED = "GitHub refused to answer right now (it may be limiting requests); try again in a few minutes.";
    static final String NOT_FOUND = "GitHub sign-in is not available at the address this server is configured with;"
            + " the server's operator must check GITHUB_URL and GITHUB_API_URL.";
    static final String CODE_REFUSED = "GitHub did not accept the sign-in code (it expired or was already used);"
            + " please sign in again.";
    static final String CREDENTIALS_REFUSED = "GitHub did not accept this server's OAuth app credentials;"
            + " the server's operator must check GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET.";
    static final String CALLBACK_REFUSED = "GitHub refused this server's callback URL; the server's operator must"
            + " set the GitHub OAuth app's callback URL to match this server's PUBLIC_URL.";
    static final String TOKEN_REFUSED = "GitHub did not accept the sign-in; please sign in again.";
    static final String NO_IDENTITY = "GitHub's answer did not say who you are; try again later.";

    private Messages() {
    }

    /** {@code GITHUB_ALLOWED_ORGS}: the user is an active member of none of them (or none shows it to us). */
    static String notAMember(String login) {
        return "You signed in to GitHub as " + login + ", who is not a member of a GitHub organisation allowed to"
                + " use this server, so nothing was shared with the application. If you are a member, an owner of"
                + " the organisation may first have to approve this server's GitHub app.";
    }

    /** GitHub refused the code exchange with an error code we have no better words for. */
    static String refused(String errorCode) {
        return "GitHub refused the sign-in (" + errorCode + "); please sign in again.";
    }
}
