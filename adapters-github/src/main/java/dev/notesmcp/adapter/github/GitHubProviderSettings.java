package dev.notesmcp.adapter.github;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The GitHub OAuth App ({@code GITHUB_CLIENT_ID}, {@code GITHUB_CLIENT_SECRET}), where GitHub lives
 * ({@code GITHUB_URL}, {@code GITHUB_API_URL}; GitHub Enterprise Server: {@code https://ghe.example.com}
 * and {@code https://ghe.example.com/api/v3}), how long we wait for it, and the organisations whose
 * members alone may sign in ({@code GITHUB_ALLOWED_ORGS}; empty: anyone with a GitHub account).
 * Base URLs are kept without trailing slashes; {@link #toString()} never shows the client secret.
 */
public record GitHubProviderSettings(
        String clientId, String clientSecret, URI webUrl, URI apiUrl, Duration connectTimeout, Duration readTimeout,
        List<String> allowedOrgs) {

    public static final URI DEFAULT_WEB_URL = URI.create("https://github.com");
    public static final URI DEFAULT_API_URL = URI.create("https://api.github.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** For each whole call to GitHub: request sent, answer received and read. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** GitHub's rule for organisation (and user) names: 1 to 39 letters, digits and single inner dashes. */
    private static final Pattern ORG = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

    public GitHubProviderSettings {
        clientId = required("GITHUB_CLIENT_ID", clientId);
        clientSecret = required("GITHUB_CLIENT_SECRET", clientSecret);
        webUrl = baseUrl("GITHUB_URL", webUrl);
        apiUrl = baseUrl("GITHUB_API_URL", apiUrl);
        connectTimeout = positive("connect timeout", connectTimeout);
        readTimeout = positive("read timeout", readTimeout);
        allowedOrgs = List.copyOf(allowedOrgs);
        for (String org : allowedOrgs) {
            if (!ORG.matcher(org).matches()) {
                throw new IllegalArgumentException("GITHUB_ALLOWED_ORGS: '" + org + "' is not a GitHub organisation"
                        + " name (1 to 39 letters, digits or single dashes inside)");
            }
        }
    }

    /** github.com with the default timeouts. */
    public static GitHubProviderSettings of(String clientId, String clientSecret) {
        return of(clientId, clientSecret, DEFAULT_WEB_URL, DEFAULT_API_URL);
    }

    /** The given GitHub (e.g. Enterprise Server) with the default timeouts. */
    public static GitHubProviderSettings of(String clientId, String clientSecret, URI webUrl, URI apiUrl) {
        return new GitHubProviderSettings(clientId, clientSecret, webUrl, apiUrl,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, List.of());
    }

    public GitHubProviderSettings withTimeouts(Duration connect, Duration read) {
        return new GitHubProviderSettings(clientId, clientSecret, webUrl, apiUrl, connect, read, allowedOrgs);
    }

    /** Only members of one of {@code orgs} may sign in. */
    public GitHubProviderSettings withAllowedOrgs(List<String> orgs) {
        return new GitHubProviderSettings(clientId, clientSecret, webUrl, apiUrl, connectTimeout, readTimeout, orgs);
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "GitHubProviderSettings[clientId=" + clientId + ", clientSecret=***, webUrl=" + webUrl
                + ", apiUrl=" + apiUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", allowedOrgs=" + allowedOrgs + "]";
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (!value.equals(value.strip()) || value.chars().anyMatch(Character::isISOControl)) {
            // Never repeat the value: it may be the secret.
            throw new IllegalArgumentException(name + " must not contain spaces at its ends or control characters");
        }
        return value;
    }

    private static URI baseUrl(String name, URI url) {
        Objects.requireNonNull(url, name);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.isOpaque()) {
            throw new IllegalArgumentException(name + " must be an absolute http:// or https:// URL");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(name + " must not carry user info, a query or a fragment");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new URI(scheme + "://" + url.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL", e);
        }
    }

    private static Duration positive(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the GitHub " + name + " must be positive");
        }
        return duration;
    }
}
