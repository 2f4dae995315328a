package dev.notesmcp.bootstrap;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an MCP client does on the OAuth side: discovery, registration, PKCE, token requests. */
final class OAuthClient {

    static final String REDIRECT_URI = "http://127.0.0.1:33418/callback";

    final String clientId;
    final String verifier = randomVerifier();

    private OAuthClient(String clientId) {
        this.clientId = clientId;
    }

    /** Dynamic client registration as a public client (RFC 7591). */
    static OAuthClient register(URI registrationEndpoint, String name) {
        HttpResponse<String> response = RawHttp.post(registrationEndpoint.toString(), """
                {"client_name":"%s","redirect_uris":["%s"],"token_endpoint_auth_method":"none",
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"]}"""
                .formatted(name, REDIRECT_URI), Map.of("Content-Type", "application/json"));
        if (response.statusCode() != 201) {
            throw new AssertionError("registration failed: " + response.statusCode() + " " + response.body());
        }
        return new OAuthClient(jsonString(response.body(), "client_id"));
    }

    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    URI authorizationUrl(URI authorizationEndpoint, String state, String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("code_challenge", challenge());
        query.put("code_challenge_method", "S256");
        query.put("scope", "notes:read notes:write");
        query.put("state", state);
        query.put("resource", resource);
        return URI.create(authorizationEndpoint + "?" + Browser.form(query));
    }

    HttpResponse<String> redeem(URI tokenEndpoint, String code) {
        return RawHttp.post(tokenEndpoint.toString(), Browser.form(Map.of(
                        "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier, "client_id", clientId)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    HttpResponse<String> refresh(URI tokenEndpoint, String refreshToken) {
        return RawHttp.post(tokenEndpoint.toString(), Browser.form(Map.of(
                        "grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    HttpResponse<String> revoke(URI revocationEndpoint, String token) {
        return RawHttp.post(revocationEndpoint.toString(), Browser.form(Map.of("token", token, "client_id", clientId)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    static String jsonString(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + field + " in " + json);
        }
        return matcher.group(1);
    }

    static List<String> jsonStrings(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + field + " in " + json);
        }
        return Pattern.compile("\"([^\"]*)\"").matcher(matcher.group(1)).results().map(r -> r.group(1)).toList();
    }

    static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (pair.substring(0, equals).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
