package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientKeys;
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
    void aSharedSecretNeedsRegistration() {
        assertRefused(document(Optional.of(URL), Optional.of("client_secret_basic"), List.of()),
                "must be none or private_key_jwt");
        assertRefused(document(Optional.of(URL), Optional.of("client_secret_jwt"), List.of()),
                "must be none or private_key_jwt");
    }

    @Test
    void aPrivateKeyJwtClientBringsItsKeysByValueOrByReference() {
        MetadataDocumentPolicy.Review.Accepted published = accepted(keyed(Optional.empty(),
                Optional.of("https://app.example/jwks.json")));
        assertThat(published.client().authMethod()).isEqualTo(TokenEndpointAuthMethod.PRIVATE_KEY_JWT);
        assertThat(published.client().secretHash()).isEmpty();
        assertThat(published.keys()).contains(new ClientKeys.Published(
                MetadataDocumentUrl.parse("https://app.example/jwks.json").orElseThrow()));

        MetadataDocumentPolicy.Review.Accepted inline = accepted(keyed(Optional.of("{\"keys\":[]}"), Optional.empty()));
        assertThat(inline.keys()).contains(new ClientKeys.Inline("{\"keys\":[]}"));
    }

    @Test
    void aPublicClientHasNoKeys() {
        assertThat(accepted(document(Optional.of(URL), Optional.of("none"), List.of())).keys()).isEmpty();
    }

    @Test
    void aPrivateKeyJwtClientNeedsExactlyOneKeySourceAndAnHttpsJwksUri() {
        assertRefused(keyed(Optional.empty(), Optional.empty()), "exactly one of jwks and jwks_uri");
        assertRefused(keyed(Optional.of("{\"keys\":[]}"), Optional.of("https://app.example/jwks.json")),
                "exactly one of jwks and jwks_uri");
        assertRefused(keyed(Optional.empty(), Optional.of("http://app.example/jwks.json")), "jwks_uri must be an https URL");
        assertRefused(keyed(Optional.empty(), Optional.of("https://app.example/jwks.json#k")), "jwks_uri must be an https URL");
    }

    private static MetadataDocumentPolicy.Review.Accepted accepted(ClientMetadataDocument document) {
        MetadataDocumentPolicy.Review review = MetadataDocumentPolicy.review(DOCUMENT_URL, document, NOW);
        assertThat(review).isInstanceOf(MetadataDocumentPolicy.Review.Accepted.class);
        return (MetadataDocumentPolicy.Review.Accepted) review;
    }

    private static ClientMetadataDocument keyed(Optional<String> jwks, Optional<String> jwksUri) {
        ClientMetadataDocument plain = document(Optional.of(URL), Optional.of("private_key_jwt"), List.of());
        return new ClientMetadataDocument(plain.clientId(), plain.metadata(), jwks, jwksUri);
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
