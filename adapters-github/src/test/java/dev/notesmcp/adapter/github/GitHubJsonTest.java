package dev.notesmcp.adapter.github;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** GitHub's answers read with Jackson, strictly: one standard JSON object or nothing. */
class GitHubJsonTest {

    @Test
    void readsAGitHubUserAndItsStringMembers() {
        var user = GitHubJson.object("""
                { "login": "octocat", "id": 583231, "site_admin": false, "name": null,
                  "plan": {"name": "free"}, "s": "a\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00" }
                """).orElseThrow();

        assertThat(GitHubJson.text(user, "login")).contains("octocat");
        assertThat(user.get("id").longValue()).isEqualTo(583231);
        assertThat(GitHubJson.text(user, "s")).contains("a\"b\\c/d\né\uD83D\uDE00");
        assertThat(GitHubJson.text(user, "name")).as("null").isEmpty();
        assertThat(GitHubJson.text(user, "id")).as("a number").isEmpty();
        assertThat(GitHubJson.text(user, "plan")).as("an object").isEmpty();
        assertThat(GitHubJson.text(user, "missing")).isEmpty();
    }

    @Test
    void acceptsTheEmptyObject() {
        assertThat(GitHubJson.object(" {} \n")).hasValueSatisfying(object -> assertThat(object.isEmpty()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "[]", "\"text\"", "42", "null", "<html>", "access_token=abc&scope=read%3Auser",
            "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{a:1}", "{'a':1}",
            "{\"a\":[1,]}", "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}",
            "{\"a\":tru}", "{\"a\":True}", "{\"a\":\"unterminated}", "{\"a\":\"bad \\x escape\"}",
            "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"raw\nnewline\"}", "{} {}", "{}x",
            "{\"id\":1,\"id\":2}", "{\"a\":1} // comment", "{\"a\":NaN}"
    })
    void refusesWhatIsNotOneStandardJsonObject(String text) {
        assertThat(GitHubJson.object(text)).isEmpty();
    }

    @Test
    void refusesDeepNestingInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');

        assertThat(GitHubJson.object("{\"a\":" + new String(open))).isEmpty();
    }
}
