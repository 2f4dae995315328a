package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration metadata popular MCP clients really send, and what this server registers for each. */
class ClientMetadataPolicyTest {

    private static final List<String> BOTH_GRANTS = List.of("authorization_code", "refresh_token");

    /** One client's registration request, and what must be registered. */
    record Profile(String client, ClientMetadata sent, List<String> grantTypes, Scopes scopes,
                   ApplicationType applicationType, TokenEndpointAuthMethod authMethod) {
        @Override
        public String toString() {
            return client;
        }
    }

    private static ClientMetadata sent(List<String> redirectUris, String authMethod, List<String> grantTypes,
                                       String name, Optional<String> scope) {
        return new ClientMetadata(redirectUris, Optional.of(authMethod), Optional.of(grantTypes),
                Optional.of(List.of("code")), Optional.of(name), scope, Optional.empty());
    }

    static Stream<Profile> profiles() {
        return Stream.of(
                new Profile("Cursor", sent(List.of("cursor://anysphere.cursor-mcp/oauth/callback",
                                "https://www.cursor.com/agents/mcp/oauth/callback", "http://localhost:8787/callback"),
                        "none", BOTH_GRANTS, "Cursor", Optional.empty()),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.NATIVE, TokenEndpointAuthMethod.NONE),
                new Profile("VS Code", sent(List.of("http://127.0.0.1:33418", "https://vscode.dev/redirect"), "none",
                        List.of("authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"),
                        "Visual Studio Code", Optional.empty()),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.NATIVE, TokenEndpointAuthMethod.NONE),
                new Profile("Claude (claude.ai)", sent(List.of("https://claude.ai/api/mcp/auth_callback"),
                        "client_secret_post", BOTH_GRANTS, "claudeai", Optional.of("notes:read notes:write")),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.WEB, TokenEndpointAuthMethod.CLIENT_SECRET_POST),
                new Profile("Claude Code", sent(List.of("http://localhost:54212/callback"), "none", BOTH_GRANTS,
                        "Claude Code (notes)", Optional.of("notes:read notes:write offline_access openid")),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.NATIVE, TokenEndpointAuthMethod.NONE),
                new Profile("ChatGPT", sent(List.of("https://chatgpt.com/connector_platform_oauth_redirect"), "none",
                        BOTH_GRANTS, "ChatGPT", Optional.empty()),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.WEB, TokenEndpointAuthMethod.NONE),
                new Profile("MCP Inspector", sent(List.of("http://localhost:6274/oauth/callback/debug",
                                "http://localhost:6274/oauth/callback"), "none", BOTH_GRANTS, "MCP Inspector",
                        Optional.of("notes:read")),
                        BOTH_GRANTS, Scopes.of(Scope.NOTES_READ), ApplicationType.NATIVE, TokenEndpointAuthMethod.NONE),
                new Profile("opencode", sent(List.of("http://127.0.0.1:19876/mcp/oauth/callback"), "none", BOTH_GRANTS,
                        "OpenCode", Optional.empty()),
                        BOTH_GRANTS, Scopes.all(), ApplicationType.NATIVE, TokenEndpointAuthMethod.NONE));
    }

    private static ApprovedMetadata accepted(ClientMetadata metadata) {
        ClientMetadataReview review = ClientMetadataPolicy.review(metadata);
        assertThat(review).isInstanceOf(ClientMetadataReview.Accepted.class);
        return ((ClientMetadataReview.Accepted) review).metadata();
    }

    private static ClientMetadataReview.Refused refused(ClientMetadata metadata, OAuthErrorCode code) {
        ClientMetadataReview review = ClientMetadataPolicy.review(metadata);
        assertThat(review).isInstanceOf(ClientMetadataReview.Refused.class);
        ClientMetadataReview.Refused refused = (ClientMetadataReview.Refused) review;
        assertThat(refused.error().code()).isEqualTo(code);
        return refused;
    }

    private static ClientMetadata withType(List<String> redirectUris, String applicationType) {
        return new ClientMetadata(redirectUris, Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(applicationType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void registersEveryPopularClientAsItSendsItsMetadata(Profile profile) {
        ApprovedMetadata approved = accepted(profile.sent());

        assertThat(approved.redirectUris()).extracting(RedirectUri::value)
                .containsExactlyElementsOf(profile.sent().redirectUris());
        assertThat(approved.grantTypes()).containsExactlyElementsOf(profile.grantTypes());
        assertThat(approved.responseTypes()).containsExactly("code");
        assertThat(approved.scopes()).isEqualTo(profile.scopes());
        assertThat(approved.applicationType()).isEqualTo(profile.applicationType());
        assertThat(approved.authMethod()).isEqualTo(profile.authMethod());
        assertThat(approved.clientName()).isEqualTo(profile.sent().clientName().orElseThrow());
        assertThat(approved.refreshTokens()).isTrue();
    }

    @Test
    void dropsUnsupportedGrantAndResponseTypesAndKeepsTheClientsOrder() {
        ApprovedMetadata approved = accepted(new ClientMetadata(List.of("http://127.0.0.1/cb"), Optional.of("none"),
                Optional.of(List.of("refresh_token", "client_credentials", "authorization_code", "implicit", "password")),
                Optional.of(List.of("token", "code", "id_token")), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(approved.grantTypes()).containsExactly("refresh_token", "authorization_code");
        assertThat(approved.responseTypes()).containsExactly("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:ietf:params:oauth:grant-type:device_code", "client_credentials", "refresh_token"})
    void refusesWhenNoAuthorizationCodeGrantIsLeft(String only) {
        ClientMetadataReview.Refused refused = refused(new ClientMetadata(List.of("http://127.0.0.1/cb"),
                Optional.of("none"), Optional.of(List.of(only)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);

        assertThat(refused.error().description()).startsWith("grant_types: must include authorization_code");
    }

    @Test
    void refusesWhenNoCodeResponseTypeIsLeft() {
        ClientMetadataReview.Refused refused = refused(new ClientMetadata(List.of("http://127.0.0.1/cb"),
                Optional.of("none"), Optional.empty(), Optional.of(List.of("token")), Optional.empty(),
                Optional.empty(), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);

        assertThat(refused.error().description()).startsWith("response_types: must include code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openid", "offline_access openid profile", "notes:admin", "NOTES:READ"})
    void refusesScopesOfWhichNoneIsOffered(String scope) {
        ClientMetadataReview.Refused refused = refused(new ClientMetadata(List.of("http://127.0.0.1/cb"),
                Optional.of("none"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(scope),
                Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);

        assertThat(refused.error().description()).contains("notes:read notes:write");
    }

    @Test
    void oneDangerousRedirectUriRefusesTheRegistration() {
        refused(new ClientMetadata(List.of("http://127.0.0.1/cb", "javascript:alert(1)"), Optional.of("none"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @Test
    void aClientThatNamesNoTypeIsWebOnlyWhenEveryRedirectUriIsAnHttpsPage() {
        assertThat(accepted(withType(List.of("https://app.example/cb"), "web")).applicationType())
                .isEqualTo(ApplicationType.WEB);
        ClientMetadata unnamed = new ClientMetadata(List.of("https://app.example/cb", "https://localhost/cb"),
                Optional.of("none"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(accepted(unnamed).applicationType()).isEqualTo(ApplicationType.NATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8787/callback", "https://localhost/cb", "cursor://anysphere.cursor-mcp/cb",
            "com.example.app:/cb"})
    void aWebClientUsesHttpsPagesOnly(String redirectUri) {
        ClientMetadataReview.Refused refused = refused(withType(List.of("https://app.example/cb", redirectUri), "web"),
                OAuthErrorCode.INVALID_REDIRECT_URI);

        assertThat(refused.error().description()).contains("application_type native");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8787/callback", "https://app.example/cb", "cursor://anysphere.cursor-mcp/cb"})
    void aNativeClientMayUseLoopbackPrivateUseAndClaimedHttpsRedirects(String redirectUri) {
        assertThat(accepted(withType(List.of(redirectUri), "native")).applicationType())
                .isEqualTo(ApplicationType.NATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "WEB", "", "browser"})
    void refusesAnUnknownApplicationType(String type) {
        ClientMetadataReview.Refused refused = refused(withType(List.of("https://app.example/cb"), type),
                OAuthErrorCode.INVALID_CLIENT_METADATA);

        assertThat(refused.error().description()).isEqualTo("application_type: must be native or web");
    }
}
