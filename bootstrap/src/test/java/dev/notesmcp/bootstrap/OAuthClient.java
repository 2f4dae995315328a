package dev.notesmcp.bootstrap;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an MCP client does on the OAuth side: discovery, registration, PKCE, token requests. A
 * public client sends its {@code client_id} in the body; a confidential one authenticates by the
 * method it registered ({@code client_secret_basic} or {@code client_secret_post}).
 */
final class OAuthClient {

    static final String REDIRECT_URI = "http://127.0.0.1:33418/callback";
    static final String ALL_SCOPES = "notes:read notes:write";

    final String clientId;
    final String name;
    final String redirectUri;
    final String authMethod;
    final Optional<String> clientSecret;
    /** A fresh signed assertion for each request, for a {@code private_key_jwt} client. */
    private final Supplier<String> assertions;
    final String verifier;

    private OAuthClient(String clientId, String name, String redirectUri, String authMethod, Optional<String> clientSecret) {
        this(clientId, name, redirectUri, authMethod, clientSecret, () -> {
            throw new IllegalStateException("not a private_key_jwt client");
        }, randomVerifier());
    }

    private OAuthClient(String clientId, String name, String redirectUri, String authMethod,
                        Optional<String> clientSecret, Supplier<String> assertions, String verifier) {
        this.verifier = verifier;
        this.clientId = clientId;
        this.name = name;
        this.redirectUri = redirectUri;
        this.authMethod = authMethod;
        this.clientSecret = clientSecret;
        this.assertions = assertions;
    }

    /** A metadata document client that authenticates with {@code private_key_jwt} (RFC 7523). */
    static OAuthClient withPrivateKey(String clientId, String name, String redirectUri, Supplier<String> assertions) {
        return new OAuthClient(clientId, name, redirectUri, "private_key_jwt", Optional.empty(), assertions,
                randomVerifier());
    }

    /** The same client, with the same PKCE verifier, authenticating by {@code private_key_jwt} with these assertions. */
    OAuthClient withAssertions(Supplier<String> otherAssertions) {
        return new OAuthClient(clientId, name, redirectUri, "private_key_jwt", Optional.empty(), otherAssertions,
                verifier);
    }

    /** The same client, with the same PKCE verifier, presenting no credentials at all (as a public client). */
    OAuthClient asPublicClient() {
        return new OAuthClient(clientId, name, redirectUri, "none", Optional.empty(), assertions, verifier);
    }

    /** Dynamic client registration as a public client (RFC 7591). */
    static OAuthClient register(URI registrationEndpoint, String name) {
        return register(registrationEndpoint, name, REDIRECT_URI, "none");
    }

    /** Dynamic client registration with one redirect URI and the given {@code token_endpoint_auth_method}. */
    static OAuthClient register(URI registrationEndpoint, String name, String redirectUri, String authMethod) {
        HttpResponse<String> response = RawHttp.post(registrationEndpoint.toString(), """
                {"client_name":"%s","redirect_uris":["%s"],"token_endpoint_auth_method":"%s",
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"]}"""
                .formatted(name, redirectUri, authMethod), Map.of("Content-Type", "application/json"));
        if (response.statusCode() != 201) {
            throw new AssertionError("registration failed: " + response.statusCode() + " " + response.body());
        }
        Optional<String> secret = "none".equals(authMethod) ? Optional.empty()
                : Optional.of(jsonString(response.body(), "client_secret"));
        return new OAuthClient(jsonString(response.body(), "client_id"), name, redirectUri, authMethod, secret);
    }

    /** The public client a registration response describes, authorizing with {@code redirectUri}. */
    static OAuthClient registered(String registrationResponse, String name, String redirectUri) {
        return new OAuthClient(jsonString(registrationResponse, "client_id"), name, redirectUri, "none", Optional.empty());
    }

    /** The same registered client presenting another secret (to see it refused). */
    OAuthClient withSecret(String otherSecret) {
        return new OAuthClient(clientId, name, redirectUri, authMethod, Optional.of(otherSecret), assertions, verifier);
    }

    String challenge() {
        return challengeOf(verifier);
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    URI authorizationUrl(URI authorizationEndpoint, String state, String resource) {
        return authorizationUrl(authorizationEndpoint, authorizationParameters(state, resource));
    }

    /**
     * The parameters of a sound authorization request for every scope, in a map a test may
     * change before building the URL with {@link #authorizationUrl(URI, Map)}.
     */
    Map<String, String> authorizationParameters(String state, String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("code_challenge", challenge());
        query.put("code_challenge_method", "S256");
        query.put("scope", ALL_SCOPES);
        query.put("state", state);
        query.put("resource", resource);
        return query;
    }

    static URI authorizationUrl(URI authorizationEndpoint, Map<String, String> parameters) {
        return URI.create(authorizationEndpoint + "?" + Browser.form(parameters));
    }

    HttpResponse<String> redeem(URI tokenEndpoint, String code) {
        return token(tokenEndpoint, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier));
    }

    HttpResponse<String> refresh(URI tokenEndpoint, String refreshToken) {
        return token(tokenEndpoint, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    HttpResponse<String> refresh(URI tokenEndpoint, String refreshToken, String scope) {
        return token(tokenEndpoint, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "scope", scope));
    }

    HttpResponse<String> revoke(URI revocationEndpoint, String token) {
        return authenticatedPost(revocationEndpoint, Map.of("token", token));
    }

    /** A token request with these parameters, authenticated as this client authenticates. */
    HttpResponse<String> token(URI tokenEndpoint, Map<String, String> parameters) {
        return authenticatedPost(tokenEndpoint, parameters);
    }

    private HttpResponse<String> authenticatedPost(URI endpoint, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/x-www-form-urlencoded"));
        switch (authMethod) {
            case "client_secret_basic" -> headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(clientId) + ":" + encode(clientSecret.orElseThrow())).getBytes(StandardCharsets.UTF_8)));
            case "client_secret_post" -> {
                form.put("client_id", clientId);
                form.put("client_secret", clientSecret.orElseThrow());
            }
            case "private_key_jwt" -> {
                form.put("client_id", clientId);
                form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
                form.put("client_assertion", assertions.get());
            }
            default -> form.put("client_id", clientId);
        }
        return RawHttp.post(endpoint.toString(), Browser.form(form), headers);
    }

    static String jsonString(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + field + " in " + json);
        }
        return matcher.group(1);
    }

    /** A string claim of a JWT, read without verifying it (the server already did). */
    static String tokenClaim(String jwt, String name) {
        return jsonString(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8), name);
    }

    static List<String> jsonStrings(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + field + " in " + json);
        }
        return Pattern.compile("\"([^\"]*)\"").matcher(matcher.group(1)).results().map(r -> r.group(1)).toList();
    }

    static String queryParameter(URI uri, String name) {
        return optionalQueryParameter(uri, name).orElseThrow(() -> new AssertionError("no " + name + " in " + uri));
    }

    static Optional<String> optionalQueryParameter(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return Optional.empty();
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? ""
                        : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
