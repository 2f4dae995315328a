import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole OAuth dance against a running notes-mcp with the dev login, as an MCP client and a
 * person in a browser drive it: register (DCR) → GET /authorize → approve on the consent page →
 * the dev login form → /oauth/dev/callback → the client's redirect_uri with the code → POST /token.
 * Sequential, on loopback, one fresh client and user per login.
 *
 * <p>Usage: {@code java bench/OAuthDance.java BASE_URL PUBLIC_URL WARMUP LOGINS}; prints one line
 * {@code logins=N wall_p50_ms=… wall_p90_ms=… wall_mean_ms=… requests_per_login=…}. The server's own time
 * per login comes from its access log (bench/run sums the durations of the dance's lines).
 */
public final class OAuthDance {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
    private static final String REDIRECT = "http://127.0.0.1:9/bench/callback";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final String origin;
    private final Map<String, String> cookies = new HashMap<>();
    private int requests;

    /** {@code base} is where to connect; {@code publicUrl} ({@code PUBLIC_URL}) names the resource and the Origin. */
    private OAuthDance(URI base, URI publicUrl) {
        this.base = base;
        this.origin = publicUrl.getScheme() + "://" + publicUrl.getAuthority();
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        URI publicUrl = URI.create(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int logins = Integer.parseInt(args[3]);
        for (int i = 0; i < warmup; i++) {
            new OAuthDance(base, publicUrl).login("warmup-" + i);
        }
        List<Double> millis = new ArrayList<>();
        int requests = 0;
        for (int i = 0; i < logins; i++) {
            OAuthDance dance = new OAuthDance(base, publicUrl);
            long start = System.nanoTime();
            dance.login("bench-" + i);
            millis.add((System.nanoTime() - start) / 1e6);
            requests += dance.requests;
        }
        if (logins == 0) {
            return;
        }
        Collections.sort(millis);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("logins=%d wall_p50_ms=%.2f wall_p90_ms=%.2f wall_mean_ms=%.2f requests_per_login=%d%n",
                logins, millis.get(logins / 2), millis.get(logins * 9 / 10), mean, requests / logins);
    }

    private void login(String user) throws Exception {
        HttpResponse<String> registered = send(post("/register", "application/json",
                "{\"client_name\":\"bench\",\"redirect_uris\":[\"" + REDIRECT + "\"],"
                        + "\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                        + "\"response_types\":[\"code\"]}"));
        expect(registered, 201);
        String clientId = jsonString(registered.body(), "client_id");
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = random();
        HttpResponse<String> consent = send(get(base.resolve("/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT,
                "code_challenge", challenge, "code_challenge_method", "S256", "state", state,
                "scope", "notes:read notes:write", "resource", origin + "/mcp")))));
        expect(consent, 200);
        Map<String, String> approve = new LinkedHashMap<>(hidden(consent.body()));
        approve.put("decision", "approve");
        HttpResponse<String> toLogin = send(post(action(consent.body()), "application/x-www-form-urlencoded", form(approve)));
        HttpResponse<String> loginPage = send(get(location(toLogin)));
        expect(loginPage, 200);
        Map<String, String> signIn = new LinkedHashMap<>(hidden(loginPage.body()));
        signIn.put("username", user);
        HttpResponse<String> hop = send(post(action(loginPage.body()), "application/x-www-form-urlencoded", form(signIn)));
        URI next = location(hop);
        for (int hops = 0; hops < 5 && !next.toString().startsWith(REDIRECT); hops++) {
            hop = send(get(next));
            next = location(hop);
        }
        if (!next.toString().startsWith(REDIRECT)) {
            throw new IllegalStateException("the dance did not reach the client's redirect_uri: " + next);
        }
        Map<String, String> answer = query(next);
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new IllegalStateException("no code for our state at " + next);
        }
        HttpResponse<String> token = send(post("/token", "application/x-www-form-urlencoded", form(Map.of(
                "grant_type", "authorization_code", "code", answer.get("code"), "redirect_uri", REDIRECT,
                "client_id", clientId, "code_verifier", verifier))));
        expect(token, 200);
        jsonString(token.body(), "access_token");
    }

    private HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }

    private HttpRequest.Builder post(String path, String type, String body) {
        return post(base.resolve(path), type, body);
    }

    private HttpRequest.Builder post(URI uri, String type, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", type).header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        for (String cookie : response.headers().allValues("set-cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private URI location(HttpResponse<String> response) {
        String location = response.headers().firstValue("location").orElseThrow(() -> new IllegalStateException(
                response.request().uri().getPath() + " answered " + response.statusCode() + " without a Location"));
        return response.request().uri().resolve(location);
    }

    private URI action(String html) {
        Matcher form = ACTION.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("no form in the page");
        }
        return base.resolve(form.group(1).replace("&amp;", "&"));
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(html);
        while (input.find()) {
            fields.put(input.group(1), input.group(2).replace("&amp;", "&").replace("&#x2F;", "/").replace("&quot;", "\""));
        }
        return fields;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).toList());
    }

    private static String jsonString(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return value.group(1);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
