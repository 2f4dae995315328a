package dev.notesmcp.adapter.github;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in with GitHub or GitHub Enterprise Server, as an OAuth App: the browser goes to
 * {@code /login/oauth/authorize} with our state and a PKCE S256 challenge (github.com checks PKCE
 * since July 2025; a server that does not ignores unknown parameters, RFC 6749 §3.1); the code that
 * comes back is exchanged with the verifier ({@link TokenExchange}); the token asks who signed in
 * and, with {@code GITHUB_ALLOWED_ORGS}, whether they belong to an allowed organisation
 * ({@link GitHubUsers}), and is then dropped (a local variable only: never logged, stored or
 * returned). GitHub is OAuth, not OpenID Connect: there is no ID token, so no nonce.
 */
public final class GitHubIdentityProvider implements UpstreamIdentityProvider {

    public static final String NAME = "github";
    public static final String DISPLAY_NAME = "GitHub";
    /** Enough to read the public profile ({@code id}, {@code login}); nothing else. */
    static final String SCOPE = "read:user";
    /** With an organisation allow-list: memberships, private ones included. */
    static final String SCOPE_WITH_ORGS = "read:user read:org";

    private static final System.Logger LOG = System.getLogger(GitHubIdentityProvider.class.getName());
    /** Codes are short visible ASCII; anything else is not from GitHub and is never sent on. */
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,512}");

    private final GitHubProviderSettings settings;
    private final URI authorizeEndpoint;
    private final TokenExchange tokens;
    private final GitHubUsers users;

    public GitHubIdentityProvider(GitHubProviderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        GitHubHttp http = new GitHubHttp(settings.connectTimeout(), settings.readTimeout());
        this.authorizeEndpoint = URI.create(settings.webUrl() + "/login/oauth/authorize");
        this.tokens = new TokenExchange(settings, http);
        this.users = new GitHubUsers(settings, http);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return DISPLAY_NAME;
    }

    @Override
    public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(callback, "callback");
        if (!callback.isAbsolute()) {
            throw new IllegalArgumentException("callback must be an absolute URL");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", callback.toString());
        query.put("state", signIn.state());
        query.put("scope", settings.allowedOrgs().isEmpty() ? SCOPE : SCOPE_WITH_ORGS);
        query.put("code_challenge", signIn.codeChallenge());
        query.put("code_challenge_method", UpstreamSignIn.CODE_CHALLENGE_METHOD);
        return URI.create(authorizeEndpoint + "?" + Form.encode(query));
    }

    @Override
    public Login identify(String code, UpstreamSignIn signIn, URI callback) {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(callback, "callback");
        if (code == null || !CODE.matcher(code).matches()) {
            LOG.log(Level.WARNING, "GitHub sign-in failed: the callback carried no well-formed code");
            return new Failed(Messages.NO_CODE);
        }
        try {
            String token = tokens.tokenFor(code, signIn, callback);
            UpstreamIdentity identity = users.whoHolds(token);
            if (!settings.allowedOrgs().isEmpty()) {
                Optional<String> org = users.activeMembership(token, settings.allowedOrgs(), identity);
                if (org.isEmpty()) {
                    LOG.log(Level.INFO, "GitHub sign-in refused for {0}: a member of none of GITHUB_ALLOWED_ORGS {1}",
                            identity.user(), settings.allowedOrgs());
                    return new Refused(Messages.notAMember(identity.login()));
                }
            }
            LOG.log(Level.DEBUG, "GitHub sign-in succeeded for {0}", identity.user());
            return new Identified(identity);
        } catch (SignInFailedException e) {
            LOG.log(e.logLevel(), "GitHub sign-in failed: {0}", e.logReason());
            return new Failed(e.userMessage());
        }
    }
}
