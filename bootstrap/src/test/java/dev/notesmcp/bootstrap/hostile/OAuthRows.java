package dev.notesmcp.bootstrap.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static dev.notesmcp.bootstrap.hostile.Expect.oauth;
import static dev.notesmcp.bootstrap.hostile.Expect.oauthClientRefusal;
import static dev.notesmcp.bootstrap.hostile.Expect.status;
import static dev.notesmcp.bootstrap.hostile.Fixture.basic;
import static dev.notesmcp.bootstrap.hostile.Fixture.form;
import static dev.notesmcp.bootstrap.hostile.Fixture.request;
import static dev.notesmcp.bootstrap.hostile.HostileRow.api;

/** The JSON endpoints of the authorization server: {@code /register} (RFC 7591), {@code /token} (RFC 6749), {@code /revoke} (RFC 7009), metadata, health. */
final class OAuthRows {

    static final String PLANTED_SECRET = "planted-secret-4711-never-echo";
    private static final String JSON = "application/json";
    private static final String METADATA = "invalid_client_metadata";
    private static final String REDIRECT = "invalid_redirect_uri";
    /** A body that is not client metadata at all: RFC 7591 names no code for it, so either is right. */
    private static final String[] MALFORMED = {"invalid_request", METADATA};

    private OAuthRows() {
    }

    static Stream<HostileRow> rows() {
        return Stream.of(register(), token(), revoke(), methods()).flatMap(s -> s);
    }

    private static Stream<HostileRow> register() {
        String e = "/register";
        return Stream.of(
                api(e, "form body", oauth(400, MALFORMED), f -> form(e, Map.of("client_name", "x"))),
                api(e, "not JSON", oauth(400, MALFORMED), f -> request("POST", e, "{\"client_name\":", "Content-Type", JSON)),
                api(e, "JSON null", oauth(400, MALFORMED), f -> request("POST", e, "null", "Content-Type", JSON)),
                api(e, "a JSON array", oauth(400, MALFORMED), f -> request("POST", e, "[]", "Content-Type", JSON)),
                api(e, "trailing garbage", oauth(400, MALFORMED),
                        f -> request("POST", e, metadata("\"ok\"", "[\"" + Fixture.REDIRECT_URI + "\"]") + "}", "Content-Type", JSON)),
                api(e, "duplicate redirect_uris key", oauth(400, MALFORMED), f -> request("POST", e,
                        "{\"redirect_uris\":[\"" + Fixture.REDIRECT_URI + "\"],\"redirect_uris\":[\"https://evil.example/cb\"],"
                                + "\"token_endpoint_auth_method\":\"none\"}", "Content-Type", JSON)),
                api(e, "invalid UTF-8", oauth(400, MALFORMED), f -> request("POST", e, Fixture.bytes("{\"client_name\":\"",
                        new byte[] {(byte) 0xc3, (byte) 0x28}, "\",\"redirect_uris\":[\"" + Fixture.REDIRECT_URI + "\"]}"),
                        "Content-Type", JSON)),
                api(e, "lone surrogate client_name", oauth(400, METADATA),
                        f -> request("POST", e, metadata("\"evil \\ud800\"", "[\"" + Fixture.REDIRECT_URI + "\"]"), "Content-Type", JSON)),
                api(e, "client_name a number", oauth(400, METADATA),
                        f -> request("POST", e, metadata("42", "[\"" + Fixture.REDIRECT_URI + "\"]"), "Content-Type", JSON)),
                api(e, "redirect_uris a string", oauth(400, METADATA, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "\"" + Fixture.REDIRECT_URI + "\""), "Content-Type", JSON)),
                api(e, "redirect_uris of numbers", oauth(400, METADATA, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[1,2]"), "Content-Type", JSON)),
                api(e, "no redirect_uris", oauth(400, REDIRECT, METADATA),
                        f -> request("POST", e, "{\"client_name\":\"x\",\"token_endpoint_auth_method\":\"none\"}", "Content-Type", JSON)),
                api(e, "javascript: redirect", oauth(400, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[\"javascript:alert(1)\"]"), "Content-Type", JSON)),
                api(e, "http on a foreign host", oauth(400, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[\"http://evil.example/cb\"]"), "Content-Type", JSON)),
                api(e, "a fragment", oauth(400, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[\"https://app.example/cb#x\"]"), "Content-Type", JSON)),
                api(e, "a relative URI", oauth(400, REDIRECT), f -> request("POST", e, metadata("\"x\"", "[\"/cb\"]"), "Content-Type", JSON)),
                api(e, "user info", oauth(400, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[\"https://a@evil.example/cb\"]"), "Content-Type", JSON)),
                api(e, "port beyond 65535", oauth(400, REDIRECT),
                        f -> request("POST", e, metadata("\"x\"", "[\"http://127.0.0.1:99999/cb\"]"), "Content-Type", JSON)),
                api(e, "lone surrogate in a redirect URI", oauth(400, REDIRECT, METADATA),
                        f -> request("POST", e, metadata("\"x\"", "[\"https://app.example/\\udfff\"]"), "Content-Type", JSON)),
                api(e, "grant type password", oauth(400, METADATA), f -> request("POST", e,
                        "{\"redirect_uris\":[\"" + Fixture.REDIRECT_URI + "\"],\"grant_types\":[\"password\"]}", "Content-Type", JSON)),
                api(e, "auth method private_key_jwt", oauth(400, METADATA), f -> request("POST", e,
                        "{\"redirect_uris\":[\"" + Fixture.REDIRECT_URI + "\"],\"token_endpoint_auth_method\":\"private_key_jwt\"}",
                        "Content-Type", JSON)),
                api(e, "a body over 64 KiB", status(400, 413), f -> request("POST", e,
                        metadata("\"" + "n".repeat(70_000) + "\"", "[\"" + Fixture.REDIRECT_URI + "\"]"), "Content-Type", JSON)),
                api(e, "deeply nested JSON", oauth(400, MALFORMED),
                        f -> request("POST", e, "[".repeat(5000) + "]".repeat(5000), "Content-Type", JSON)));
    }

    private static Stream<HostileRow> token() {
        String e = "/token";
        return Stream.of(
                api(e, "JSON body", oauth(400, "invalid_request"), f -> request("POST", e,
                        "{\"grant_type\":\"authorization_code\",\"client_id\":\"" + f.publicClientId + "\"}", "Content-Type", JSON)),
                api(e, "no grant_type", oauth(400, "invalid_request"), f -> form(e, Map.of("client_id", f.publicClientId))),
                api(e, "grant_type password", oauth(400, "unsupported_grant_type"), f -> form(e,
                        Map.of("grant_type", "password", "username", "a", "password", PLANTED_SECRET, "client_id", f.publicClientId))),
                api(e, "grant_type client_credentials", oauth(400, "unsupported_grant_type", "unauthorized_client"),
                        f -> form(e, Map.of("grant_type", "client_credentials"),
                                "Authorization", basic(f.confidentialClientId, f.confidentialSecret))),
                api(e, "grant_type repeated", oauth(400, "invalid_request"), f -> request("POST", e,
                        "grant_type=refresh_token&grant_type=authorization_code&client_id=" + f.publicClientId + "&refresh_token=x",
                        "Content-Type", "application/x-www-form-urlencoded")),
                api(e, "a made-up code", oauth(400, "invalid_grant"), f -> form(e, codeRequest(f, PLANTED_SECRET))),
                api(e, "a made-up refresh token", oauth(400, "invalid_grant"), f -> form(e,
                        Map.of("grant_type", "refresh_token", "refresh_token", PLANTED_SECRET, "client_id", f.publicClientId))),
                api(e, "an unknown public client", oauth(401, "invalid_client"), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", PLANTED_SECRET, "client_id", "no-such-client"))),
                api(e, "Basic with a wrong secret", oauth(401, "invalid_client"), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", basic(f.confidentialClientId, PLANTED_SECRET))),
                api(e, "Basic with %zz in the client id", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", basic("%zz", PLANTED_SECRET))),
                api(e, "Basic with %zz in the secret", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", basic(f.confidentialClientId, "%zz" + PLANTED_SECRET))),
                api(e, "Basic that is not base64", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", "Basic !!!not*base64")),
                api(e, "Basic without a colon", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        PLANTED_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                api(e, "Basic with invalid UTF-8", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        new byte[] {(byte) 0xff, ':', (byte) 0xfe}))),
                api(e, "two Authorization headers", oauthClientRefusal(), f -> form(e, Map.of("grant_type", "refresh_token",
                        "refresh_token", "x"), "Authorization", basic(f.confidentialClientId, f.confidentialSecret),
                        "Authorization", basic("other", PLANTED_SECRET))),
                api(e, "Basic and client_secret_post together", oauthClientRefusal(), f -> form(e, Map.of("grant_type",
                        "refresh_token", "refresh_token", "x", "client_id", f.confidentialClientId, "client_secret", PLANTED_SECRET),
                        "Authorization", basic(f.confidentialClientId, f.confidentialSecret))),
                api(e, "%zz in the form", oauth(400, "invalid_request"), f -> request("POST", e,
                        "grant_type=refresh_token&refresh_token=%zz&client_id=" + f.publicClientId,
                        "Content-Type", "application/x-www-form-urlencoded")),
                api(e, "invalid UTF-8 in the form", oauth(400, "invalid_request", "invalid_grant"), f -> request("POST", e,
                        "grant_type=refresh_token&refresh_token=%ff%fe&client_id=" + f.publicClientId,
                        "Content-Type", "application/x-www-form-urlencoded")),
                api(e, "GET", status(405), f -> request("GET", e + "?grant_type=refresh_token", new byte[0])));
    }

    private static Stream<HostileRow> revoke() {
        String e = "/revoke";
        return Stream.of(
                api(e, "JSON body", oauth(400, "invalid_request"),
                        f -> request("POST", e, "{\"token\":\"" + PLANTED_SECRET + "\"}", "Content-Type", JSON)),
                api(e, "no token", oauth(400, "invalid_request"), f -> form(e, Map.of("client_id", f.publicClientId))),
                api(e, "token repeated", oauth(400, "invalid_request"), f -> request("POST", e,
                        "token=a&token=b&client_id=" + f.publicClientId, "Content-Type", "application/x-www-form-urlencoded")),
                api(e, "Basic with %zz", oauthClientRefusal(),
                        f -> form(e, Map.of("token", "x"), "Authorization", basic("%zz", PLANTED_SECRET))),
                api(e, "Basic that is not base64", oauthClientRefusal(),
                        f -> form(e, Map.of("token", "x"), "Authorization", "Basic ***")),
                api(e, "Basic with a wrong secret", oauth(401, "invalid_client"),
                        f -> form(e, Map.of("token", "x"), "Authorization", basic(f.confidentialClientId, PLANTED_SECRET))));
    }

    private static Stream<HostileRow> methods() {
        return Stream.of("/health", "/.well-known/oauth-authorization-server", "/.well-known/oauth-protected-resource",
                        "/.well-known/oauth-protected-resource/mcp")
                .flatMap(path -> Stream.of("POST", "DELETE").map(method -> api(path, method, status(405),
                        f -> request(method, path, "{}", "Content-Type", JSON))));
    }

    private static Map<String, String> codeRequest(Fixture f, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", Fixture.REDIRECT_URI);
        fields.put("code_verifier", Fixture.VERIFIER);
        fields.put("client_id", f.publicClientId);
        return fields;
    }

    private static String metadata(String clientName, String redirectUris) {
        return "{\"client_name\":" + clientName + ",\"redirect_uris\":" + redirectUris + ",\"token_endpoint_auth_method\":\"none\"}";
    }

}
