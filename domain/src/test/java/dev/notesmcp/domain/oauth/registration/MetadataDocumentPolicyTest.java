package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataDocumentPolicyTest {

    private static final String URL = "https://app.example/client.json";
    private static final MetadataDocumentUrl DOCUMENT_URL = MetadataDocumentUrl.parse(URL).orElseThrow();
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aDocumentNamingItsOwnUrlDescribesAPublicClient() {
        MetadataDocumentPolicy.Review review = MetadataDocumentPolicy.review(DOCUMENT_URL,
                document(Optional.of(URL), Optional.empty(), List.of("authorization_code", "refresh_token",
                        "urn:ietf:params:oauth:grant-type:device_code")), NOW);

        RegisteredClient client = ((MetadataDocumentPolicy.Review.Accepted) review).client();
        assertThat(client.id()).isEqualTo(new ClientId(URL));
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.name()).isEqualTo("App");
        assertThat(client.refreshTokens()).isTrue();
        assertThat(client.redirectUriMatching("http://127.0.0.1:4711/callback")).isPresent();
    }

    @Test
    void aDocumentWithAnotherClientIdIsRefused() {
        assertRefused(document(Optional.of(URL + "?x"), Optional.empty(), List.of()), "must equal its URL");
        assertRefused(document(Optional.of("https://APP.example/client.json"), Optional.empty(), List.of()),
                "must equal its URL");
        assertRefused(document(Optional.empty(), Optional.empty(), List.of()), "must equal its URL");
    }

    @Test
    void onlyPublicClientsAreAcceptedForNow() {
        assertRefused(document(Optional.of(URL), Optional.of("private_key_jwt"), List.of()),
                "private_key_jwt is not supported");
        assertRefused(document(Optional.of(URL), Optional.of("client_secret_basic"), List.of()),
                "must be none");
    }

    @Test
    void redirectUrisFollowTheRegistrationRules() {
        ClientMetadataDocument hostile = new ClientMetadataDocument(Optional.of(URL), new ClientMetadata(
                List.of("javascript:alert(1)"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("App"), Optional.empty(), Optional.empty()));
        MetadataDocumentPolicy.Review review = MetadataDocumentPolicy.review(DOCUMENT_URL, hostile, NOW);
        assertThat(((MetadataDocumentPolicy.Review.Refused) review).error().code())
                .isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    private static void assertRefused(ClientMetadataDocument document, String problem) {
        MetadataDocumentPolicy.Review review = MetadataDocumentPolicy.review(DOCUMENT_URL, document, NOW);
        assertThat(review).isInstanceOf(MetadataDocumentPolicy.Review.Refused.class);
        assertThat(((MetadataDocumentPolicy.Review.Refused) review).error().description()).contains(problem);
    }

    private static ClientMetadataDocument document(Optional<String> clientId, Optional<String> authMethod,
                                                   List<String> grantTypes) {
        return new ClientMetadataDocument(clientId, new ClientMetadata(List.of("http://127.0.0.1/callback"),
                authMethod, grantTypes.isEmpty() ? Optional.empty() : Optional.of(grantTypes), Optional.empty(),
                Optional.of("App"), Optional.empty(), Optional.empty()));
    }
}
