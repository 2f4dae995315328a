package dev.notesmcp.domain;

import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.note.Title;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every text value a store keeps (or a message echoes) refuses ill-formed text, naming its own field. */
class StoredTextTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final UserId USER = new UserId("github:1");
    private static final ClientId CLIENT = new ClientId("client-1");
    private static final String EMOJI = "\uD83D\uDCDD";

    /** Each value, built with {@code text} in one of its text fields, and that field's name. */
    static Stream<Arguments> values() {
        return Stream.of(
                value("title", Title::new),
                value("content", NoteContent::new),
                value("tag", Tag::new),
                value("query", text -> new SearchQuery("find " + text)),
                value("sub", text -> new UserId("github:" + text)),
                value("login", text -> new UpstreamIdentity(USER, text)),
                value("client_name", text -> new RegisteredClient(CLIENT, text,
                        List.of(new RedirectUri("https://app.example/cb")), TokenEndpointAuthMethod.NONE,
                        Optional.empty(), Scopes.all(), NOW)),
                value("redirect_uri", text -> new RedirectUri("https://app.example/cb?x=" + text)),
                value("redirect_uri", text -> new AuthorizationRequest(CLIENT, "https://app.example/cb?x=" + text,
                        Scopes.all(), Optional.empty(), new CodeChallenge("a".repeat(43)))),
                value("state", text -> new AuthorizationRequest(CLIENT, "https://app.example/cb", Scopes.all(),
                        Optional.of(text), new CodeChallenge("a".repeat(43)))),
                value("login", text -> Grant.start(USER, text, CLIENT, Scopes.all(), NOW)),
                value("scope", text -> Scope.fromValue("notes:" + text)),
                value("scope", text -> Scopes.parse("notes:read " + text)),
                value("jti", text -> new AccessTokenClaims("https://i.example", "https://i.example/mcp", USER,
                        "client-1", Scopes.all(), text, NOW, NOW.plusSeconds(60), "octocat")),
                value("login", text -> new AccessTokenClaims("https://i.example", "https://i.example/mcp", USER,
                        "client-1", Scopes.all(), "jti", NOW, NOW.plusSeconds(60), text)));
    }

    private static Arguments value(String field, Consumer<String> build) {
        return Arguments.of(field, build);
    }

    static Stream<Arguments> illFormedInEveryValue() {
        return values().flatMap(value -> Stream.of("lone\uD800", "x\uDFFFy", "\uDCDD\uD83D", "nul\u0000")
                .map(text -> Arguments.of(value.get()[0], value.get()[1], text)));
    }

    @ParameterizedTest(name = "{0} refuses {2}")
    @MethodSource("illFormedInEveryValue")
    void refusesIllFormedText(String field, Consumer<String> build, String text) {
        assertThatThrownBy(() -> build.accept(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(WellFormedText.is(e.getMessage())).as("the message can be written as UTF-8").isTrue();
                });
    }

    /** Scopes are names from a fixed list, not free text: every other value takes any well-formed text. */
    static Stream<Arguments> freeTextValues() {
        return values().filter(value -> !value.get()[0].equals("scope"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTextValues")
    void acceptsAnEmoji(String field, Consumer<String> build) {
        build.accept(EMOJI);
    }
}
