package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.bootstrap.TestServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** Access tokens correctly signed with the server's key but with claims of the wrong JSON type. */
final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The user's good token with {@code exp} rewritten as a string (RFC 7519 §4.1.4: a NumericDate). */
    static String expAsString(Fixture fixture) {
        String[] parts = fixture.token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"exp\":(\\d+)", "\"exp\":\"$1\"");
        return resign(parts[0], payload);
    }

    private static String resign(String header, String payload) {
        String signingInput = header + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestServer.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
