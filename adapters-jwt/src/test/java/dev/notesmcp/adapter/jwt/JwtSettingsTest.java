package dev.notesmcp.adapter.jwt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSettingsTest {

    private static final String ISSUER = "https://notes.example";
    private static final String AUDIENCE = "https://notes.example/mcp";
    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-0123"; // 32 bytes

    @Test
    void acceptsAThirtyTwoByteSecret() {
        assertThat(JwtSettings.of(ISSUER, AUDIENCE, SECRET).signingSecret()).hasSize(32);
    }

    @Test
    void refusesAThirtyOneByteSecret() {
        assertThatThrownBy(() -> new JwtSettings(ISSUER, AUDIENCE, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> JwtSettings.of(ISSUER, AUDIENCE, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTheSecretInBytesNotCharacters() {
        String sixteenTwoByteChars = "\u00e9".repeat(16);

        assertThat(JwtSettings.of(ISSUER, AUDIENCE, sixteenTwoByteChars).signingSecret()).hasSize(32);
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> JwtSettings.of(null, AUDIENCE, SECRET)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JwtSettings.of(ISSUER, null, SECRET)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JwtSettings(ISSUER, AUDIENCE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringNeverShowsTheSecret() {
        JwtSettings settings = JwtSettings.of(ISSUER, AUDIENCE, SECRET);
        byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);

        assertThat(settings.toString())
                .doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, 8))
                .doesNotContain(HexFormat.of().formatHex(bytes))
                .doesNotContain(Base64.getEncoder().encodeToString(bytes))
                .doesNotContain(Arrays.toString(bytes))
                .contains(ISSUER)
                .contains(AUDIENCE);
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenSecret() {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        JwtSettings settings = new JwtSettings(ISSUER, AUDIENCE, secret);

        Arrays.fill(secret, (byte) 0);

        assertThat(settings.signingSecret()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isNotChangedByChangesToTheSecretItHandsOut() {
        JwtSettings settings = JwtSettings.of(ISSUER, AUDIENCE, SECRET);

        Arrays.fill(settings.signingSecret(), (byte) 0);

        assertThat(settings.signingSecret()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void equalWhenSameIssuerAudienceAndSecretBytes() {
        JwtSettings settings = JwtSettings.of(ISSUER, AUDIENCE, SECRET);
        JwtSettings same = new JwtSettings(ISSUER, AUDIENCE, SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(settings).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(settings).isNotEqualTo(JwtSettings.of(ISSUER, AUDIENCE, SECRET.replace('0', '1')));
        assertThat(settings).isNotEqualTo(JwtSettings.of(ISSUER + "/other", AUDIENCE, SECRET));
    }
}
