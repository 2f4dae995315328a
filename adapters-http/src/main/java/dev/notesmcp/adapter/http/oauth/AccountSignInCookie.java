package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps a connected-apps sign-in between its start and its callback in the browser that started
 * it: the provider, state, nonce and PKCE verifier of its {@link UpstreamSignIn} and an expiry,
 * sealed with AES-256-GCM under a key derived from the cookie key (confidential and tamper-proof;
 * instances behind one URL share the key). Lax, so it comes back with the provider's top-level
 * redirect; it lives as long as a pending authorization and is cleared at the callback. Unlike the
 * authorization flow, nothing is parked in a store: the page's sign-in has no request to remember,
 * and the upstream code is single-use at the provider and bound to this verifier.
 */
final class AccountSignInCookie {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED = "notes-mcp account sign-in v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final BrowserCookie cookie;
    private final Clock clock;

    AccountSignInCookie(byte[] cookieKey, boolean secure, Clock clock) {
        this.key = new SecretKeySpec(CookieKeys.derive(cookieKey, "account sign-in cookie"), "AES");
        this.cookie = new BrowserCookie("notes_mcp_account_login", secure, SetCookie.SameSite.LAX,
                PendingAuthorization.LIFETIME);
        this.clock = clock;
    }

    void set(ServerResponse response, UpstreamSignIn signIn) {
        Instant expires = clock.instant().plus(PendingAuthorization.LIFETIME);
        String plain = String.join(" ", Long.toString(expires.getEpochSecond()), signIn.provider(), signIn.state(),
                signIn.nonce(), signIn.codeVerifier());
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, plain.getBytes(StandardCharsets.US_ASCII));
        cookie.set(response, ENCODER.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array()));
    }

    /** The sign-in this browser started here, unless it expired or the cookie is not one we sealed. */
    Optional<UpstreamSignIn> read(ServerRequest request) {
        return cookie.read(request).flatMap(this::open);
    }

    void clear(ServerResponse response) {
        cookie.clear(response);
    }

    private Optional<UpstreamSignIn> open(String value) {
        try {
            byte[] all = DECODER.decode(value);
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            byte[] iv = Arrays.copyOf(all, IV_BYTES);
            byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
            String[] parts = new String(cipher(Cipher.DECRYPT_MODE, iv, sealed), StandardCharsets.US_ASCII).split(" ");
            if (parts.length != 5 || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[0])))) {
                return Optional.empty();
            }
            return Optional.of(new UpstreamSignIn(parts[1], parts[2], parts[3], parts[4]));
        } catch (IllegalArgumentException | SealBroken e) {
            // Not base64, not sealed by us, tampered with or not a sign-in (InvalidValueException is an
            // IllegalArgumentException): a cookie we did not write.
            return Optional.empty();
        }
    }

    private byte[] cipher(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ASSOCIATED);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SealBroken();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES/GCM", e);
        }
    }

    /** The tag did not verify: tampered with, or sealed under another key. */
    private static final class SealBroken extends RuntimeException {
        SealBroken() {
            super(null, null, false, false);
        }
    }
}
