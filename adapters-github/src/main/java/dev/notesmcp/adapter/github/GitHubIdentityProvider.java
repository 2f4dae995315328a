package dev.notesmcp.adapter.github;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;

import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sign-in with GitHub or GitHub Enterprise Server, as an OAuth App: the browser goes to
 * {@code /login/oauth/authorize} with our state and a PKCE S256 challenge (github.com checks PKCE
 * since July 2025; a server that does not ignores unknown parameters, RFC 6749 §3.1); the code that
 * comes back is exchanged at {@code /login/oauth/access_token} with the verifier; the token asks
 * {@code GET /user} who signed in and is then dropped (a local variable only: never logged, stored
 * or returned). GitHub is OAuth, not OpenID Connect: there is no ID token, so no nonce.
 */
public final class GitHubIdentityProvider implements UpstreamIdentityProvider {

    public static final String NAME = "github";
    public static final String DISPLAY_NAME = "GitHub";
    /** Enough to read the public profile ({@code id}, {@code login}); nothing else. */
    static final String SCOPE = "read:user";
    static final String API_VERSION = "2022-11-28";

    private static final System.Logger LOG = System.getLogger(GitHubIdentityProvider.class.getName());
    /** Codes and tokens are short visible ASCII; anything else is not from GitHub and is never sent on. */
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,512}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,2048}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final GitHubProviderSettings settings;
    private final GitHubHttp http;
    private final URI authorizeEndpoint;
    private final URI tokenEndpoint;
    private final URI userEndpoint;

    public GitHubIdentityProvider(GitHubProviderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = new GitHubHttp(settings.connectTimeout(), settings.readTimeout());
        this.authorizeEndpoint = URI.create(settings.webUrl() + "/login/oauth/authorize");
        this.tokenEndpoint = URI.create(settings.webUrl() + "/login/oauth/access_token");
        this.userEndpoint = URI.create(settings.apiUrl() + "/user");
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
        query.put("scope", SCOPE);
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
            String token = exchange(code, signIn, callback);
            UpstreamIdentity identity = whoHolds(token);
            LOG.log(Level.DEBUG, "GitHub sign-in succeeded for {0}", identity.user());
            return new Identified(identity);
        } catch (SignInFailedException e) {
            LOG.log(e.logLevel(), "GitHub sign-in failed: {0}", e.logReason());
            return new Failed(e.userMessage());
        }
    }

    /** Trades the code for an access token, which the caller keeps in a local variable only. */
    private String exchange(String code, UpstreamSignIn signIn, URI callback) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("code", code);
        form.put("redirect_uri", callback.toString());
        form.put("code_verifier", signIn.codeVerifier());
        HttpRequest request = http.request(tokenEndpoint)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)))
                .build();
        GitHubHttp.Answer answer = http.send(request, "token exchange");
        if (!answer.isSuccess()) {
            throw statusFailure(answer);
        }
        Map<String, Object> json = answer.jsonObject();
        if (json.get("error") != null) {
            throw refusal(json.get("error"));
        }
        if (!(json.get("access_token") instanceof String token) || !TOKEN.matcher(token).matches()) {
            throw new SignInFailedException(Messages.UNEXPECTED, "token exchange: no usable access_token in the answer");
        }
        Object type = json.get("token_type");
        if (type != null && !(type instanceof String name && name.equalsIgnoreCase("bearer"))) {
            throw new SignInFailedException(Messages.UNEXPECTED, "token exchange: token_type is not bearer");
        }
        return token;
    }

    private UpstreamIdentity whoHolds(String token) {
        HttpRequest request = http.request(userEndpoint)
                .header("Accept", "application/vnd.github+json")
                .header("Authorization", "Bearer " + token)
                .header("X-GitHub-Api-Version", API_VERSION)
                .GET()
                .build();
        GitHubHttp.Answer answer = http.send(request, "user lookup");
        if (answer.status() == 401) {
            throw new SignInFailedException(Messages.TOKEN_REFUSED, "user lookup: GitHub answered 401 to its own token");
        }
        if (!answer.isSuccess()) {
            throw statusFailure(answer);
        }
        Map<String, Object> json = answer.jsonObject();
        long id = positiveId(json.get("id"));
        if (!(json.get("login") instanceof String login)) {
            throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: no login in the answer");
        }
        try {
            return new UpstreamIdentity(UserId.of(NAME, Long.toString(id)), login);
        } catch (InvalidValueException e) {
            throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: unusable login (" + e.getMessage() + ")");
        }
    }

    private static long positiveId(Object id) {
        if (id instanceof BigDecimal number && number.signum() > 0) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // falls through: not a whole number, or too large
            }
        }
        throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: no positive whole-number id in the answer");
    }

    /** GitHub's HTTP-200 error reply to a code exchange ({@code {"error": "bad_verification_code", ...}}). */
    private static SignInFailedException refusal(Object error) {
        String code = error instanceof String text && ERROR_CODE.matcher(text).matches() ? text : "unrecognised error";
        String reason = "token exchange: GitHub answered error " + code;
        return switch (code) {
            case "bad_verification_code" -> new SignInFailedException(Messages.CODE_REFUSED, reason);
            case "incorrect_client_credentials" -> new SignInFailedException(Messages.CREDENTIALS_REFUSED,
                    reason + " (check GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET)", Level.ERROR);
            case "redirect_uri_mismatch" -> new SignInFailedException(Messages.CALLBACK_REFUSED,
                    reason + " (the OAuth app's callback URL does not match PUBLIC_URL)", Level.ERROR);
            default -> new SignInFailedException(Messages.refused(code), reason);
        };
    }

    private static SignInFailedException statusFailure(GitHubHttp.Answer answer) {
        int status = answer.status();
        String reason = answer.step() + ": GitHub answered HTTP " + status;
        if (status == 403 || status == 429) {
            return new SignInFailedException(Messages.LIMITED, reason);
        }
        if (status == 404) {
            return new SignInFailedException(Messages.NOT_FOUND, reason + " (check GITHUB_URL and GITHUB_API_URL)", Level.ERROR);
        }
        if (status >= 500) {
            return new SignInFailedException(Messages.TROUBLE, reason);
        }
        return new SignInFailedException(Messages.UNEXPECTED, reason);
    }
}
