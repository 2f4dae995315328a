package dev.notesmcp.adapter.github.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * An in-process GitHub for tests: a small HTTP server on a free loopback port serving
 * {@code /login/oauth/authorize} (signs the "current user" in at once and redirects back with a
 * code), {@code /login/oauth/access_token} (single-use codes, bound to the PKCE S256 challenge
 * sent to authorize, if any; errors as HTTP 200 + {@code {"error": ...}}, as GitHub does) and {@code /user} (only for the tokens it issued).
 * Point the application at it with {@code GITHUB_URL=}{@link #webUrl()} and
 * {@code GITHUB_API_URL=}{@link #apiUrl()}. Failures can be switched on for the next call.
 *
 * <pre>{@code
 * try (FakeGitHub github = FakeGitHub.start()) {
 *     github.signInAs(42, "ada");
 *     // GITHUB_CLIENT_ID=github.clientId(), GITHUB_CLIENT_SECRET=github.clientSecret(), ...
 * }
 * }</pre>
 */
public final class FakeGitHub implements AutoCloseable {

    public static final String DEFAULT_CLIENT_ID = "Iv1.fakeclientid0001";
    public static final String DEFAULT_CLIENT_SECRET = "fake-client-secret-5f2b8c0d9e1a4b7c";
    public static final long DEFAULT_USER_ID = 1234567;
    public static final String DEFAULT_LOGIN = "octocat";
    /** GitHub's codes expire after ten minutes. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String clientSecret;
    private final String webPath;
    private final String apiPath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI origin;

    private final AtomicReference<User> currentUser = new AtomicReference<>(new User(DEFAULT_USER_ID, DEFAULT_LOGIN));
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** Organisation (lower case) → user id → membership state ({@code active} or {@code pending}). */
    private final Map<String, Map<Long, String>> memberships = new ConcurrentHashMap<>();
    private final Set<String> restrictedOrgs = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Reply> nextMembershipReply = new AtomicReference<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean denyNextAuthorization = new AtomicBoolean();
    private final AtomicReference<Reply> nextTokenReply = new AtomicReference<>();
    private final AtomicReference<Reply> nextUserReply = new AtomicReference<>();
    private final AtomicReference<Duration> nextTokenDelay = new AtomicReference<>();
    private final AtomicReference<Duration> nextUserDelay = new AtomicReference<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private FakeGitHub(Builder builder) throws IOException {
        this.clientId = builder.clientId;
        this.clientSecret = builder.clientSecret;
        this.webPath = builder.pathPrefix;
        this.apiPath = builder.pathPrefix.isEmpty() ? "" : builder.pathPrefix + "/api/v3";
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/", this::handle);
        this.server.setExecutor(executor);
        this.server.start();
        InetAddress address = server.getAddress().getAddress();
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        this.origin = URI.create("http://" + host + ":" + server.getAddress().getPort());
    }

    /** github.com's layout (web and API on one base URL) with the default OAuth app. */
    public static FakeGitHub start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code GITHUB_URL}: {@code http://127.0.0.1:<port>}, plus the path prefix if any. */
    public URI webUrl() {
        return URI.create(origin + webPath);
    }

    /** {@code GITHUB_API_URL}: the web URL, or {@code <web URL>/api/v3} with a path prefix (GHES's layout). */
    public URI apiUrl() {
        return URI.create(origin + apiPath);
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Who the next {@code /login/oauth/authorize} signs in (already issued codes keep their user). */
    public FakeGitHub signInAs(long id, String login) {
        currentUser.set(new User(id, Objects.requireNonNull(login, "login")));
        return this;
    }

    /** {@code id} is an active member of {@code org} (names are case-insensitive, as on GitHub). */
    public FakeGitHub addMember(String org, long id) {
        memberships.computeIfAbsent(org.toLowerCase(Locale.ROOT), o -> new ConcurrentHashMap<>()).put(id, "active");
        return this;
    }

    /** {@code id} was invited to {@code org} but has not accepted: membership {@code pending}. */
    public FakeGitHub inviteMember(String org, long id) {
        memberships.computeIfAbsent(org.toLowerCase(Locale.ROOT), o -> new ConcurrentHashMap<>()).put(id, "pending");
        return this;
    }

    /** {@code org} restricts OAuth App access and has not approved this app: its memberships answer 403. */
    public FakeGitHub restrictOrg(String org) {
        restrictedOrgs.add(org.toLowerCase(Locale.ROOT));
        return this;
    }

    /** The next membership lookup answers exactly this (status, JSON content type, body). */
    public void answerNextMembershipRequest(int status, String body) {
        nextMembershipReply.set(Reply.json(status, body));
    }

    /** The next authorization is denied by the user: redirect with {@code error=access_denied}. */
    public void denyNextAuthorization() {
        denyNextAuthorization.set(true);
    }

    /** The next token exchange answers HTTP 200 with {@code {"error": error, ...}}, as GitHub does. */
    public void failNextTokenExchange(String error) {
        nextTokenReply.set(Reply.json(200, "{\"error\":" + quote(error) + ",\"error_description\":"
                + quote("The fake GitHub was told to fail this exchange.") + ",\"error_uri\":"
                + quote("https://docs.github.com/apps/troubleshooting") + "}"));
    }

    /** The next token exchange answers exactly this (status, JSON content type, body). */
    public void answerNextTokenExchange(int status, String body) {
        nextTokenReply.set(Reply.json(status, body));
    }

    /** The next {@code /user} request answers exactly this (status, JSON content type, body). */
    public void answerNextUserRequest(int status, String body) {
        nextUserReply.set(Reply.json(status, body));
    }

    /** The next token exchange waits this long before it answers. */
    public void delayNextTokenExchange(Duration delay) {
        nextTokenDelay.set(delay);
    }

    /** The next {@code /user} request waits this long before it answers. */
    public void delayNextUserRequest(Duration delay) {
        nextUserDelay.set(delay);
    }

    /** A code for the current user as if the browser had been through authorize with this callback (no PKCE). */
    public String issueCode(URI redirectUri) {
        return issueCode(redirectUri, Optional.empty(), "read:user");
    }

    private String issueCode(URI redirectUri, Optional<String> codeChallenge, String scope) {
        String code = HexFormat.of().formatHex(randomBytes(10));
        codes.put(code, new Grant(currentUser.get(), redirectUri.toString(), codeChallenge, scope, Instant.now()));
        return code;
    }

    /**
     * Follows an authorization URL as a browser would, without following the redirect back: the
     * {@code Location} GitHub sends the browser to (the callback with {@code code} and {@code state}).
     */
    public URI authorize(URI authorizationUrl) {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(authorizationUrl).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302) {
                throw new IllegalStateException("authorize answered " + response.statusCode() + ": " + response.body());
            }
            return URI.create(response.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException("authorize failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A query parameter of {@code uri}, decoded. */
    public static Optional<String> queryParameter(URI uri, String name) {
        return Optional.ofNullable(parseForm(uri.getRawQuery()).get(name));
    }

    /** Every access token this fake has issued (to check none leaks anywhere). */
    public List<String> issuedTokens() {
        return List.copyOf(tokens.keySet());
    }

    /** Every request received, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The last request whose path ends with {@code pathSuffix}, e.g. {@code "/user"}. */
    public Optional<RecordedRequest> lastRequest(String pathSuffix) {
        List<RecordedRequest> all = requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().endsWith(pathSuffix)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Stops serving; the URLs keep pointing at the now closed port ("connection refused"). */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String body = readBody(exchange.getRequestBody());
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    headers(exchange), body));
            Reply reply;
            if (path.equals(webPath + "/login/oauth/authorize")) {
                reply = authorize(exchange);
            } else if (path.equals(webPath + "/login/oauth/access_token")) {
                reply = accessToken(exchange, body);
            } else if (path.equals(apiPath + "/user")) {
                reply = user(exchange);
            } else if (path.startsWith(apiPath + "/user/memberships/orgs/")) {
                reply = membership(exchange, path.substring((apiPath + "/user/memberships/orgs/").length()));
            } else {
                reply = Reply.json(404, "{\"message\":\"Not Found\"}");
            }
            send(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply authorize(HttpExchange exchange) {
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.text(405, "method not allowed");
        }
        Map<String, String> query = parseForm(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id"))) {
            return Reply.text(404, "Not Found (unknown client_id)");
        }
        String redirectUri = query.get("redirect_uri");
        if (redirectUri == null || redirectUri.isBlank()) {
            return Reply.text(400, "redirect_uri is required by this fake");
        }
        String method = query.get("code_challenge_method");
        if (method != null && !method.equals("S256")) {
            return Reply.text(400, "code_challenge_method must be S256 (GitHub accepts no other)");
        }
        Map<String, String> back = new LinkedHashMap<>();
        if (denyNextAuthorization.getAndSet(false)) {
            back.put("error", "access_denied");
            back.put("error_description", "The user has denied your application access.");
        } else {
            back.put("code", issueCode(URI.create(redirectUri), Optional.ofNullable(query.get("code_challenge")),
                    query.getOrDefault("scope", "")));
        }
        if (query.get("state") != null) {
            back.put("state", query.get("state"));
        }
        String separator = redirectUri.contains("?") ? "&" : "?";
        return Reply.redirect(redirectUri + separator + encodeForm(back));
    }

    private Reply accessToken(HttpExchange exchange, String body) throws InterruptedException {
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.json(404, "{\"message\":\"Not Found\"}");
        }
        pause(nextTokenDelay.getAndSet(null));
        Reply scripted = nextTokenReply.getAndSet(null);
        if (scripted != null) {
            return scripted;
        }
        // GitHub accepts the parameters in the query or the form body.
        Map<String, String> form = new LinkedHashMap<>(parseForm(exchange.getRequestURI().getRawQuery()));
        form.putAll(parseForm(body));
        boolean json = exchange.getRequestHeaders().getOrDefault("Accept", List.of()).stream()
                .anyMatch(accept -> accept.contains("application/json"));
        if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            return tokenError(json, "incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
        }
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (grant == null || grant.issuedAt().plus(CODE_LIFETIME).isBefore(Instant.now())) {
            return tokenError(json, "bad_verification_code", "The code passed is incorrect or expired.");
        }
        if (form.get("redirect_uri") != null && !form.get("redirect_uri").equals(grant.redirectUri())) {
            return tokenError(json, "redirect_uri_mismatch", "The redirect_uri MUST match the registered callback URL for this application.");
        }
        if (grant.codeChallenge().isPresent() && !grant.codeChallenge().get().equals(s256(form.get("code_verifier")))) {
            // PKCE (RFC 7636 §4.6): a code issued with a challenge needs its verifier.
            return tokenError(json, "bad_verification_code", "The code_verifier does not match the code_challenge.");
        }
        String token = "gho_" + HexFormat.of().formatHex(randomBytes(18));
        tokens.put(token, new Token(grant.user(), Set.of(grant.scope().split("[ ,]+"))));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("token_type", "bearer");
        answer.put("scope", grant.scope().replace(' ', ','));
        return json ? Reply.json(200, toJson(answer)) : Reply.form(200, encodeForm(answer));
    }

    private static Reply tokenError(boolean json, String error, String description) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", error);
        answer.put("error_description", description);
        answer.put("error_uri", "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors");
        return json ? Reply.json(200, toJson(answer)) : Reply.form(200, encodeForm(answer));
    }

    private Reply user(HttpExchange exchange) throws InterruptedException {
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.json(404, "{\"message\":\"Not Found\"}");
        }
        pause(nextUserDelay.getAndSet(null));
        Reply scripted = nextUserReply.getAndSet(null);
        if (scripted != null) {
            return scripted;
        }
        Token token = bearer(exchange);
        if (token == null) {
            return badCredentials();
        }
        User user = token.user();
        return Reply.json(200, "{\"login\":" + quote(user.login()) + ",\"id\":" + user.id()
                + ",\"node_id\":\"MDQ6VXNlcjE=\",\"avatar_url\":\"https://avatars.githubusercontent.com/u/" + user.id() + "?v=4\","
                + "\"type\":\"User\",\"site_admin\":false,\"name\":null,\"company\":null,\"public_repos\":8,"
                + "\"plan\":{\"name\":\"free\",\"space\":976562499,\"collaborators\":0,\"private_repos\":10000},"
                + "\"created_at\":\"2011-01-25T18:44:36Z\"}");
    }

    /** {@code GET /user/memberships/orgs/{org}}: needs {@code read:org}; 404 for a non-member, as GitHub answers. */
    private Reply membership(HttpExchange exchange, String rawOrg) {
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.json(404, "{\"message\":\"Not Found\"}");
        }
        Reply scripted = nextMembershipReply.getAndSet(null);
        if (scripted != null) {
            return scripted;
        }
        Token token = bearer(exchange);
        if (token == null) {
            return badCredentials();
        }
        String org = URLDecoder.decode(rawOrg, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (!token.scopes().contains("read:org") || restrictedOrgs.contains(org)) {
            return Reply.json(403, "{\"message\":\"Although you appear to have the correct authorization credentials, the"
                    + " organization has enabled OAuth App access restrictions, or the token lacks read:org.\"}");
        }
        String state = memberships.getOrDefault(org, Map.of()).get(token.user().id());
        if (state == null) {
            return Reply.json(404, "{\"message\":\"Not Found\",\"status\":\"404\"}");
        }
        return Reply.json(200, "{\"url\":\"https://api.github.com/orgs/" + org + "/memberships/" + token.user().login()
                + "\",\"state\":" + quote(state) + ",\"role\":\"member\",\"organization\":{\"login\":" + quote(org)
                + "},\"user\":{\"login\":" + quote(token.user().login()) + ",\"id\":" + token.user().id() + "}}");
    }

    private Token bearer(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            String[] parts = authorization.split(" ", 2);
            if (parts.length == 2 && (parts[0].equalsIgnoreCase("bearer") || parts[0].equalsIgnoreCase("token"))) {
                return tokens.get(parts[1].strip());
            }
        }
        return null;
    }

    private static Reply badCredentials() {
        return Reply.json(401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}");
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (delay != null) {
            Thread.sleep(delay);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.location() != null) {
            exchange.getResponseHeaders().set("Location", reply.location());
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return headers;
    }

    private static Map<String, String> parseForm(String raw) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return pairs;
    }

    private static String encodeForm(Map<String, String> pairs) {
        return pairs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String toJson(Map<String, String> members) {
        return members.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** One request as the fake saw it; header names in lower case. */
    public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }

        /** The form body (or query) decoded into name → value. */
        public Map<String, String> form() {
            return parseForm(body.isEmpty() ? rawQuery : body);
        }
    }

    /** Configures a fake before it starts. */
    public static final class Builder {

        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private String pathPrefix = "";

        private Builder() {
        }

        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /**
         * Serves like GitHub Enterprise Server under a path: web at {@code <origin><prefix>},
         * API at {@code <origin><prefix>/api/v3}. The prefix starts with '/' and has no trailing '/'.
         */
        public Builder pathPrefix(String pathPrefix) {
            if (!pathPrefix.startsWith("/") || pathPrefix.endsWith("/")) {
                throw new IllegalArgumentException("a path prefix looks like /ghe");
            }
            this.pathPrefix = pathPrefix;
            return this;
        }

        public FakeGitHub start() {
            try {
                return new FakeGitHub(this);
            } catch (IOException e) {
                throw new IllegalStateException("the fake GitHub could not start", e);
            }
        }
    }

    private record User(long id, String login) {
    }

    private record Token(User user, Set<String> scopes) {
    }

    private record Grant(User user, String redirectUri, Optional<String> codeChallenge, String scope, Instant issuedAt) {
    }

    private record Reply(int status, String contentType, String body, String location) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json; charset=utf-8", body, null);
        }

        static Reply form(int status, String body) {
            return new Reply(status, "application/x-www-form-urlencoded; charset=utf-8", body, null);
        }

        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body, null);
        }

        static Reply redirect(String location) {
            return new Reply(302, "text/html; charset=utf-8", "", location);
        }
    }
}
