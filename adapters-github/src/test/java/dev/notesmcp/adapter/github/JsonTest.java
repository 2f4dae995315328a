package dev.notesmcp.adapter.github;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void readsAGitHubUser() {
        Map<String, Object> user = Json.parseObject("""
                { "login": "octocat", "id": 583231, "site_admin": false, "name": null,
                  "plan": {"name": "free", "space": 976562499}, "tags": [1, "two", [], {}],
                  "ratio": -1.5e3 }
                """);

        assertThat(user).containsEntry("login", "octocat")
                .containsEntry("id", new BigDecimal("583231"))
                .containsEntry("site_admin", false)
                .containsEntry("name", null)
                .containsEntry("ratio", new BigDecimal("-1.5e3"))
                .containsEntry("plan", Map.of("name", "free", "space", new BigDecimal("976562499")))
                .containsEntry("tags", List.of(BigDecimal.ONE, "two", List.of(), Map.of()));
    }

    @Test
    void decodesEscapes() {
        Map<String, Object> object = Json.parseObject("{\"s\":\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\"}");

        assertThat(object.get("s")).isEqualTo("a\"b\\c/d\n\té\uD83D\uDE00");
    }

    @Test
    void acceptsTheEmptyObject() {
        assertThat(Json.parseObject(" {} \n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "[]", "\"text\"", "42", "null", "<html>", "access_token=abc&scope=read%3Auser",
            "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{a:1}", "{'a':1}",
            "{\"a\":[1,]}", "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}",
            "{\"a\":tru}", "{\"a\":True}", "{\"a\":\"unterminated}", "{\"a\":\"bad \\x escape\"}",
            "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"raw\nnewline\"}", "{} {}", "{}x",
            "{\"id\":1,\"id\":2}"
    })
    void refusesWhatIsNotOneJsonObject(String text) {
        assertThatThrownBy(() -> Json.parseObject(text)).isInstanceOf(Json.MalformedJsonException.class);
    }

    @Test
    void refusesDeepNestingInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');

        assertThatThrownBy(() -> Json.parseObject("{\"a\":" + new String(open)))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("nested");
    }

    @Test
    void neverRepeatsTheContentInItsMessage() {
        assertThatThrownBy(() -> Json.parseObject("{\"access_token\":\"gho_secret\" oops}"))
                .isInstanceOf(Json.MalformedJsonException.class)
                .message().doesNotContain("gho_secret");
    }
}
