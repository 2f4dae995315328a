package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Command;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.registration.ClientMetadata;
import dev.notesmcp.domain.oauth.registration.ClientMetadataDocument;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.codeRequest;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.shownError;
import static org.assertj.core.api.Assertions.assertThat;

/** A client whose client_id is its metadata document's URL (CIMD) at /authorize and /token. */
class MetadataDocumentClientTest {

    private static final String URL = "https://app.example/client.json";

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final List<String> fetched = new ArrayList<>();
    private ClientMetadataDocuments.Fetch served = document(URL);
    private final ClientDirectory directory = new ClientDirectory(server.clients, Optional.of(url -> {
        fetched.add(url.toString());
        return served;
    }), server.clock);
    private final StartAuthorizationService start = new StartAuthorizationService(directory, server.pending,
            server.consents, server.providers, server.policy, server.clock);
    private final ExchangeTokenService token = new ExchangeTokenService(server.policy, directory, server.codes,
            server.refreshTokens, server.grants, server.revokedAccessTokens, server.accessTokens, server.clock, server.audit);

    private static ClientMetadataDocuments.Fetch document(String clientId) {
        return new ClientMetadataDocuments.Fetched(new ClientMetadataDocument(Optional.of(clientId),
                new ClientMetadata(List.of(REDIRECT_URI), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("App that says it is Claude"), Optional.empty(), Optional.empty())));
    }

    private Step authorize(StartAuthorizationService service, String redirectUri, Optional<UserId> remembered) {
        return service.start(new Command(Optional.of(URL), Optional.of(redirectUri), Optional.of("code"),
                Optional.of(CodeChallenge.s256(freshVerifier()).value()), Optional.of("S256"), Optional.empty(),
                Optional.empty(), Optional.empty(), remembered));
    }

    @Test
    void theConsentPageNamesTheDocumentsHostAsVerified() {
        Step step = authorize(start, REDIRECT_URI, Optional.empty());

        assertThat(step).isInstanceOf(AskConsent.class);
        assertThat(((AskConsent) step).verifiedHost()).contains("app.example");
        assertThat(fetched).containsExactly(URL);
        assertThat(server.clients.find(new ClientId(URL))).isEmpty();
    }

    @Test
    void aRegisteredClientIsNotVerified() {
        RegisteredClient registered = server.publicClient();
        Step step = start.start(new Command(Optional.of(registered.id().value()), Optional.of(REDIRECT_URI),
                Optional.of("code"), Optional.of(CodeChallenge.s256(freshVerifier()).value()), Optional.of("S256"),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(((AskConsent) step).verifiedHost()).isEmpty();
        assertThat(fetched).isEmpty();
    }

    @Test
    void aRememberedUserStillSeesTheConsentPageOnTheClientsFirstUse() {
        Step step = authorize(start, REDIRECT_URI, Optional.of(freshUser()));
        assertThat(step).isInstanceOf(AskConsent.class);
    }

    @Test
    void anUnavailableDocumentIsOurErrorPageWithTheReason() {
        served = new ClientMetadataDocuments.Unavailable("the server answered 302 (redirects are not followed)");
        assertThat(shownError(authorize(start, REDIRECT_URI, Optional.empty())))
                .contains("could not be fetched").contains("302");
    }

    @Test
    void aDocumentForAnotherUrlIsRefused() {
        served = document("https://evil.example/client.json");
        assertThat(shownError(authorize(start, REDIRECT_URI, Optional.empty())))
                .contains(OAuthErrorCode.INVALID_CLIENT_METADATA.value()).contains("must equal its URL");
    }

    @Test
    void aRedirectUriNotInTheDocumentIsRefused() {
        assertThat(shownError(authorize(start, "https://evil.example/callback", Optional.empty())))
                .contains("not one registered");
    }

    @Test
    void withoutDocumentsAUrlClientIdIsAnUnknownClient() {
        assertThat(shownError(authorize(server.start, REDIRECT_URI, Optional.empty()))).contains("not registered");
        assertThat(fetched).isEmpty();
    }

    @Test
    void theTokenEndpointAuthenticatesTheDocumentsPublicClient() {
        RegisteredClient client = ((dev.notesmcp.domain.oauth.registration.MetadataDocumentPolicy.Review.Accepted)
                dev.notesmcp.domain.oauth.registration.MetadataDocumentPolicy.review(
                        new ClientId(URL).documentUrl().orElseThrow(),
                        ((ClientMetadataDocuments.Fetched) served).document(), server.clock.instant())).client();
        AuthorizationServerFixture.IssuedCode code = server.issuedCode(client, Scopes.all());

        assertThat(issued(token.exchange(codeRequest(ClientCredentials.publicClient(URL), code))).accessToken())
                .isNotBlank();
        served = new ClientMetadataDocuments.Unavailable("connection refused");
        AuthorizationServerFixture.IssuedCode another = server.issuedCode(client, Scopes.all());
        assertThat(token.exchange(codeRequest(ClientCredentials.publicClient(URL), another)))
                .isInstanceOf(dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Failed.class);
    }
}
