package dev.notesmcp.domain.identity;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.Sha256;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * One sign-in at an upstream identity provider and the secrets we make up for it, fresh for every
 * login: {@code state} ties the callback to this login and this browser (RFC 6749 §10.12),
 * {@code nonce} ties an OpenID Connect ID token to it (OIDC Core §3.1.2.1, §15.5.2), and the PKCE
 * {@code codeVerifier} ties the upstream code to it (RFC 7636). Each is 256 random bits, BASE64URL
 * (43 characters); a provider sends what it supports and ignores the rest. {@code provider} is the
 * provider's short lower-case name, the one in our callback URL and in the user ids it signs in.
 */
public record UpstreamSignIn(String provider, String state, String nonce, String codeVerifier) {

    /** A provider's name: short, lower case, fit for a URL path segment and a user id prefix. */
    public static final Pattern PROVIDER_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    /** PKCE's only method here (RFC 7636 §4.2). */
    public static final String CODE_CHALLENGE_METHOD = "S256";

    /** At least 128 bits of BASE64URL (22 characters); ours have 256. */
    private static final Pattern RANDOM_VALUE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public UpstreamSignIn {
        if (!isProviderName(provider)) {
            throw new InvalidValueException("provider", "must be 1 to 32 lower-case letters, digits or dashes,"
                    + " starting with a letter");
        }
        requireShape("state", state, RANDOM_VALUE);
        requireShape("nonce", nonce, RANDOM_VALUE);
        requireShape("code_verifier", codeVerifier, VERIFIER);
    }

    /** A new sign-in at {@code provider} with fresh secrets. */
    public static UpstreamSignIn start(String provider) {
        return new UpstreamSignIn(provider, random(), random(), random());
    }

    public static boolean isProviderName(String name) {
        return name != null && PROVIDER_NAME.matcher(name).matches();
    }

    /** The PKCE challenge to send with the authorization request: {@code BASE64URL(SHA-256(codeVerifier))}. */
    public String codeChallenge() {
        return Sha256.base64Url(codeVerifier);
    }

    /** Whether {@code user} is one this provider signs in (user ids name their provider). */
    public boolean signsIn(UserId user) {
        return user.provider().equals(provider);
    }

    @Override
    public String toString() {
        return "UpstreamSignIn[provider=" + provider + ", state=***, nonce=***, codeVerifier=***]";
    }

    private static void requireShape(String field, String value, Pattern shape) {
        // Never repeats the value: it is a secret.
        if (value == null || !shape.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be a random BASE64URL value of our own");
        }
    }

    private static String random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
