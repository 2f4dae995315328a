package dev.notesmcp.domain.oauth;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueTokenTest {

    @Test
    void isA256BitBase64UrlValueWithoutPadding() {
        String value = OpaqueToken.random().value();

        assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(value)).hasSize(32);
    }

    @Test
    void isFreshEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(OpaqueToken.random().value());
        }

        assertThat(seen).hasSize(1_000);
    }

    @Test
    void usesTheWholeAlphabet() {
        // 200 tokens × 43 characters: every one of the 64 BASE64URL characters shows up (not, say, hex).
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : OpaqueToken.random().value().toCharArray()) {
                characters.add(c);
            }
        }

        assertThat(characters).hasSize(64);
    }

    @Test
    void hashesToTheTokenHashOfItsValue() {
        OpaqueToken token = OpaqueToken.random();

        assertThat(token.hash()).isEqualTo(TokenHash.of(token.value()));
        assertThat(token.hash().matches(token.value())).isTrue();
        assertThat(token.hash().value()).isNotEqualTo(token.value());
    }

    @Test
    void printsWithoutItsValue() {
        OpaqueToken token = OpaqueToken.random();

        assertThat(token.toString()).doesNotContain(token.value()).doesNotContain(token.value().substring(0, 6));
    }

    @Test
    void isAUsableCodeVerifier() {
        assertThat(new CodeVerifier(OpaqueToken.random().value()).value()).hasSize(43);
    }
}
