package dev.notesmcp.adapter.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What our access tokens are bound to: the issuer ({@code PUBLIC_URL}), the audience (the
 * {@code /mcp} resource URL) and the HS256 key ({@code JWT_SIGNING_SECRET}, at least 32 bytes).
 */
public record JwtSettings(String issuer, String audience, byte[] signingSecret) {

    public static final int MIN_SECRET_BYTES = 32;

    public JwtSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(signingSecret, "signingSecret");
        if (signingSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT signing secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        signingSecret = signingSecret.clone();
    }

    public static JwtSettings of(String issuer, String audience, String secret) {
        return new JwtSettings(issuer, audience, secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] signingSecret() {
        return signingSecret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtSettings that && issuer.equals(that.issuer) && audience.equals(that.audience)
                && Arrays.equals(signingSecret, that.signingSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuer, audience, Arrays.hashCode(signingSecret));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "JwtSettings[issuer=" + issuer + ", audience=" + audience + ", signingSecret=***]";
    }
}
