package dev.notesmcp.adapter.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the user's GitHub token tells us: {@code GET /user} (who holds it) and
 * {@code GET /user/memberships/orgs/{org}} (whether they are an active member of an organisation,
 * private memberships included, with the {@code read:org} scope).
 */
final class GitHubUsers {

    static final String API_VERSION = "2022-11-28";
    private static final System.Logger LOG = System.getLogger(GitHubUsers.class.getName());

    private final GitHubProviderSettings settings;
    private final GitHubHttp http;

    GitHubUsers(GitHubProviderSettings settings, GitHubHttp http) {
        this.settings = settings;
        this.http = http;
    }

    UpstreamIdentity whoHolds(String token) {
        GitHubHttp.Answer answer = http.send(apiGet(URI.create(settings.apiUrl() + "/user"), token), "user lookup");
        if (answer.status() == 401) {
            throw new SignInFailedException(Messages.TOKEN_REFUSED, "user lookup: GitHub answered 401 to its own token");
        }
        if (!answer.isSuccess()) {
            throw answer.failure();
        }
        JsonNode json = answer.jsonObject();
        long id = positiveId(json.get("id"));
        Optional<String> login = GitHubJson.text(json, "login");
        if (login.isEmpty()) {
            throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: no login in the answer");
        }
        try {
            return new UpstreamIdentity(UserId.of(GitHubIdentityProvider.NAME, Long.toString(id)), login.get());
        } catch (InvalidValueException e) {
            throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: unusable login (" + e.getMessage() + ")");
        }
    }

    /**
     * The first of {@code orgs} the token's user is an active member of. Not a member (404), an
     * invitation not yet accepted ({@code pending}) and a membership the organisation does not
     * show this OAuth App (403: its OAuth App access restrictions) all count as "not a member";
     * anything else GitHub answers is a failure, so an outage never lets anyone in.
     */
    Optional<String> activeMembership(String token, List<String> orgs, UpstreamIdentity user) {
        for (String org : orgs) {
            URI uri = URI.create(settings.apiUrl() + "/user/memberships/orgs/" + URLEncoder.encode(org, StandardCharsets.UTF_8));
            GitHubHttp.Answer answer = http.send(apiGet(uri, token), "membership lookup");
            if (answer.isSuccess()) {
                if (GitHubJson.text(answer.jsonObject(), "state").filter("active"::equals).isPresent()) {
                    return Optional.of(org);
                }
            } else if (answer.status() == 403) {
                LOG.log(Level.WARNING, "GitHub did not show {0} the membership of {1} (403): the organisation may"
                        + " restrict OAuth App access until an owner approves this app", user.user(), org);
            } else if (answer.status() == 401) {
                throw new SignInFailedException(Messages.TOKEN_REFUSED, "membership lookup: GitHub answered 401 to its own token");
            } else if (answer.status() != 404) {
                throw answer.failure();
            }
        }
        return Optional.empty();
    }

    private HttpRequest apiGet(URI uri, String token) {
        return http.request(uri)
                .header("Accept", "application/vnd.github+json")
                .header("Authorization", "Bearer " + token)
                .header("X-GitHub-Api-Version", API_VERSION)
                .GET()
                .build();
    }

    private static long positiveId(JsonNode id) {
        if (id != null && id.isIntegralNumber() && id.canConvertToLong() && id.longValue() > 0) {
            return id.longValue();
        }
        throw new SignInFailedException(Messages.NO_IDENTITY, "user lookup: no positive whole-number id in the answer");
    }
}
