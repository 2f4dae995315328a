package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DotEnvFileTest {

    @TempDir
    Path directory;

    private Map<String, String> read(String... lines) throws IOException {
        Path file = directory.resolve(".env");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return DotEnvFile.read(file);
    }

    @Test
    void readsNameValueLines() throws IOException {
        assertThat(read("PORT=8080", "PUBLIC_URL=http://localhost:8080"))
                .containsExactly(entry("PORT", "8080"), entry("PUBLIC_URL", "http://localhost:8080"));
    }

    @Test
    void skipsCommentsBlankLinesAndLinesWithoutAName() throws IOException {
        assertThat(read("# the port", "", "   ", "  # indented comment", "PORT=8080", "not a variable", "=orphan"))
                .containsExactly(entry("PORT", "8080"));
    }

    @Test
    void acceptsAnExportPrefix() throws IOException {
        assertThat(read("export JWT_SIGNING_SECRET=abc", "export   HOST = 127.0.0.1"))
                .containsExactly(entry("JWT_SIGNING_SECRET", "abc"), entry("HOST", "127.0.0.1"));
    }

    @Test
    void stripsWhitespaceAroundNamesAndValues() throws IOException {
        assertThat(read("  PORT =  8080  ")).containsExactly(entry("PORT", "8080"));
    }

    @Test
    void removesMatchingQuotesAndKeepsWhatIsInside() throws IOException {
        assertThat(read("A=\"two words\"", "B='single # not a comment'", "C=\"\"", "D=\"unbalanced", "E='mixed\""))
                .containsExactly(
                        entry("A", "two words"),
                        entry("B", "single # not a comment"),
                        entry("C", ""),
                        entry("D", "\"unbalanced"),
                        entry("E", "'mixed\""));
    }

    @Test
    void dropsAnInlineCommentAfterAnUnquotedValue() throws IOException {
        assertThat(read("PORT=8080 # the usual", "STORE=memory\t # tab before"))
                .containsExactly(entry("PORT", "8080"), entry("STORE", "memory"));
    }

    @Test
    void keepsAHashThatIsPartOfTheValue() throws IOException {
        assertThat(read("SECRET=abc#def", "URL=https://example.com/#anchor"))
                .containsExactly(entry("SECRET", "abc#def"), entry("URL", "https://example.com/#anchor"));
    }

    @Test
    void splitsOnTheFirstEqualsSign() throws IOException {
        assertThat(read("JWT_SIGNING_SECRET=YWJj==", "DATABASE_URL=postgres://u:p@h/db?sslmode=require"))
                .containsExactly(entry("JWT_SIGNING_SECRET", "YWJj=="),
                        entry("DATABASE_URL", "postgres://u:p@h/db?sslmode=require"));
    }

    @Test
    void theLastDefinitionWins() throws IOException {
        assertThat(read("PORT=1", "PORT=2")).containsExactly(entry("PORT", "2"));
    }

    @Test
    void readsWindowsLineEndings() throws IOException {
        assertThat(read("PORT=8080\r", "HOST=127.0.0.1\r")).containsExactly(entry("PORT", "8080"), entry("HOST", "127.0.0.1"));
    }

    @Test
    void aMissingFileIsEmpty() {
        assertThat(DotEnvFile.read(directory.resolve("absent.env"))).isEmpty();
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(DotEnvFile.read(directory)).isEmpty();
    }

    @Test
    void theRealEnvironmentWinsOverTheFile() throws IOException {
        Map<String, String> dotEnv = read("PORT=8080", "HOST=127.0.0.1");

        Environment environment = Environment.of(dotEnv, Map.of("PORT", "9090", "STORE", "memory"));

        assertThat(environment.get("PORT")).hasValue("9090");
        assertThat(environment.get("HOST")).hasValue("127.0.0.1");
        assertThat(environment.get("STORE")).hasValue("memory");
        assertThat(environment.get("REDIS_URL")).isEmpty();
    }

    @Test
    void theFileFeedsTheSettings() throws IOException {
        Map<String, String> dotEnv = read("export PORT=8181", "ACCESS_TOKEN_TTL='15m' ");

        Settings settings = SettingsLoader.load(Environment.of(dotEnv, Map.of("ACCESS_TOKEN_TTL", "2h")));

        assertThat(settings.port()).isEqualTo(8181);
        assertThat(settings.accessTokenTtl()).hasHours(2);
    }

    @Test
    void environmentValuesAreTrimmedAndBlankMeansUnset() {
        Environment environment = Environment.of(Map.of("PORT", "  8080 ", "HOST", "   ", "EMPTY", ""));

        assertThat(environment.get("PORT")).hasValue("8080");
        assertThat(environment.get("HOST")).isEmpty();
        assertThat(environment.get("EMPTY")).isEmpty();
    }

    @Test
    void dropsACommentAfterAQuotedValue() throws IOException {
        assertThat(read("A=\"quoted value\" # a comment", "B='single' # another")).containsExactly(
                entry("A", "quoted value"), entry("B", "single"));
    }

    @Test
    void aValueThatIsOnlyACommentIsEmpty() throws IOException {
        assertThat(read("B=  # only a comment")).containsExactly(entry("B", ""));
    }

    @Test
    void anEmptyRealVariableDoesNotHideTheFile() {
        assertThat(Environment.of(Map.of("PORT", "8080"), Map.of("PORT", "")).get("PORT")).hasValue("8080");
    }
}
