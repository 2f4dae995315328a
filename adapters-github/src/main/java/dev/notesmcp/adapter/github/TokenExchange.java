package dev.notesmcp.adapter.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /login/oauth/access_token}: the code from the callback (with the sign-in's PKCE
 * verifier) for a GitHub token, which the caller keeps in a local variable only.
 */
final class TokenExchange {

    /** Tokens are short visible ASCII; anything else is not from GitHub and is never sent on. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,2048}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final GitHubProviderSettings settings;
    private final GitHubHttp http;
    private final URI endpoint;

    TokenExchange(GitHubProviderSettings settings, GitHubHttp http) {
        this.settings = settings;
        this.http = http;
        this.endpoint = URI.create(settings.webUrl() + "/login/oauth/access_token");
    }

    String tokenFor(String code, UpstreamSignIn signIn, URI callback) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("code", code);
        form.put("redirect_uri", callback.toString());
        form.put("code_verifier", signIn.codeVerifier());
        HttpRequest request = http.request(endpoint)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)))
                .build();
        GitHubHttp.Answer answer = http.send(request, "token exchange");
        if (!answer.isSuccess()) {
            throw answer.failure();
        }
        JsonNode json = answer.jsonObject();
        if (json.hasNonNull("error")) {
            throw refusal(GitHubJson.text(json, "error"));
        }
        Optional<String> token = GitHubJson.text(json, "access_token").filter(t -> TOKEN.matcher(t).matches());
        if (token.isEmpty()) {
            throw new SignInFailedException(Messages.UNEXPECTED, "token exchange: no usable access_token in the answer");
        }
        if (json.hasNonNull("token_type")
                && !GitHubJson.text(json, "token_type").map("bearer"::equalsIgnoreCase).orElse(false)) {
            throw new SignInFailedException(Messages.UNEXPECTED, "token exchange: token_type is not bearer");
        }
        return token.get();
    }

    /** GitHub's HTTP-200 error reply to a code exchange ({@code {"error": "bad_verification_code", ...}}). */
    private static SignInFailedException refusal(Optional<String> error) {
        String code = error.filter(text -> ERROR_CODE.matcher(text).matches()).orElse("unrecognised error");
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
}
