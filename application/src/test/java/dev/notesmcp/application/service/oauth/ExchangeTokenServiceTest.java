package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.AuthorizationCodeRequest;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Failed;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Issued;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.RefreshTokenRequest;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Result;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.Concurrently;
import dev.notesmcp.application.service.oauth.AuthorizationServerFixture.Confidential;
import dev.notesmcp.application.service.oauth.AuthorizationServerFixture.IssuedCode;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.LOGIN;
import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.ACCESS_TOKEN_TTL;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.ISSUER;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.REFRESH_TOKEN_TTL;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.RESOURCE;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.codeRequest;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.credentials;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.refreshRequest;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeTokenServiceTest {

    private static final int THREADS = 50;

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient();
    private final ClientCredentials asClient = credentials(client);

    private Result exchange(IssuedCode code) {
        return server.token.exchange(codeRequest(asClient, code));
    }

    private Result exchange(IssuedCode code, String redirectUri, String verifier) {
        return server.token.exchange(new AuthorizationCodeRequest(asClient, code.code(), redirectUri, verifier,
                Optional.empty()));
    }

    private Result refresh(String refreshToken) {
        return server.token.exchange(refreshRequest(asClient, refreshToken));
    }

    private Result refresh(String refreshToken, String scope) {
        return server.token.exchange(new RefreshTokenRequest(asClient, refreshToken, Optional.of(scope),
                Optional.empty()));
    }

    private String tokenId(TokenResponse response) {
        return server.accessTokens.claims(response.accessToken()).tokenId();
    }

    private RefreshToken storedRefreshToken(TokenResponse response) {
        return server.refreshTokens.find(TokenHash.of(response.refreshToken())).orElseThrow();
    }

    // ---- authorization_code: success

    @Test
    void aValidCodeIsTradedForAnAccessAndARefreshToken() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        TokenResponse response = issued(exchange(code));

        AccessTokenClaims claims = server.accessTokens.claims(response.accessToken());
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.audience()).isEqualTo(RESOURCE);
        assertThat(claims.subject()).isEqualTo(code.grant().user());
        assertThat(claims.login()).isEqualTo(LOGIN);
        assertThat(claims.clientId()).isEqualTo(client.id().value());
        assertThat(claims.scopes()).isEqualTo(Scopes.all());
        assertThat(claims.issuedAt()).isEqualTo(T0);
        assertThat(claims.expiresAt()).isEqualTo(T0.plus(ACCESS_TOKEN_TTL));
        assertThat(response.expiresInSeconds()).isEqualTo(ACCESS_TOKEN_TTL.toSeconds());
        assertThat(response.scopes()).isEqualTo(Scopes.all());
        assertThat(response.refreshToken()).isNotBlank();
    }

    /** The code names its grant, user, login and client: redeeming it reads no grant (a round trip on PostgreSQL). */
    @Test
    void redeemingACodeReadsNoGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        issued(exchange(code));

        assertThat(server.grants.finds()).isZero();
    }

    @Test
    void aCodeWhoseGrantNoLongerExistsIsRefusedAndNothingIsIssued() {
        OpaqueToken raw = OpaqueToken.random();
        CodeVerifier verifier = freshVerifier();
        server.codes.add(AuthorizationCode.issue(raw.hash(), GrantId.random(), client.id(), REDIRECT_URI,
                CodeChallenge.s256(verifier), freshUser(), LOGIN, Scopes.all(), T0));

        failed(server.token.exchange(new AuthorizationCodeRequest(asClient, raw.value(), REDIRECT_URI,
                verifier.value(), Optional.empty())), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.writes.units()).containsExactly(new FakeDurableWrites.Unit(
                "consents 0, grants 0, access tokens 0, refresh tokens 0, codes 1",
                "consents 0, grants 0, access tokens 0, refresh tokens 0, codes 1"));
        assertThat(server.audit.events()).noneMatch(event -> event.kind() == AuditEventKind.TOKEN_ISSUED);
    }

    /** One commit on PostgreSQL (DurableWrites): the access token's record and the refresh token. */
    @Test
    void theAccessTokensRecordAndTheRefreshTokenAreWrittenTogether() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        issued(exchange(code));

        assertThat(server.writes.units()).containsExactly(new FakeDurableWrites.Unit(
                "consents 0, grants 1, access tokens 0, refresh tokens 0, codes 1",
                "consents 0, grants 1, access tokens 1, refresh tokens 1, codes 1"));
    }

    @Test
    void theRefreshTokenIsStoredOnlyAsItsHashUnderTheCodesGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.of(Scope.NOTES_READ));

        TokenResponse response = issued(exchange(code));

        RefreshToken stored = storedRefreshToken(response);
        assertThat(stored.grant()).isEqualTo(code.grant().id());
        assertThat(stored.client()).isEqualTo(client.id());
        assertThat(stored.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(stored.expiresAt()).isEqualTo(T0.plus(REFRESH_TOKEN_TTL));
        assertThat(stored.toString()).doesNotContain(response.refreshToken());
        assertThat(server.refreshTokens.find(new TokenHash(response.refreshToken()))).isEmpty();
    }

    @Test
    void theAccessTokenIsRecordedUnderItsGrantSoRevokingTheGrantNamesIt() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse response = issued(exchange(code));

        assertThat(server.grants.revoke(code.grant().id(), T0.plusSeconds(1)))
                .extracting(token -> token.tokenId()).containsExactly(tokenId(response));
    }

    @Test
    void aConfidentialClientAuthenticatesWithItsSecretByItsMethod() {
        for (TokenEndpointAuthMethod method : List.of(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                TokenEndpointAuthMethod.CLIENT_SECRET_POST)) {
            Confidential confidential = server.confidentialClient(method);
            IssuedCode code = server.issuedCode(confidential.client(), Scopes.all());

            issued(server.token.exchange(codeRequest(confidential.credentials(), code)));
        }
    }

    @Test
    void aResourceNamingUsIsAccepted() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        issued(server.token.exchange(new AuthorizationCodeRequest(asClient, code.code(), REDIRECT_URI,
                code.verifier().value(), Optional.of(RESOURCE))));
    }

    // ---- client authentication

    @Test
    void everyClientAuthenticationFailureLooksTheSame() {
        Confidential basic = server.confidentialClient(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
        IssuedCode confidentialCode = server.issuedCode(basic.client(), Scopes.all());
        IssuedCode publicCode = server.issuedCode(client, Scopes.all());
        String id = basic.client().id().value();
        List<ClientCredentials> wrong = List.of(
                ClientCredentials.publicClient(AuthorizationServerFixture.unknownClientId().value()),
                ClientCredentials.publicClient("not a client id!"),
                new ClientCredentials(id, TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of("wrong")),
                new ClientCredentials(id, TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.empty()),
                ClientCredentials.publicClient(id),
                new ClientCredentials(id, TokenEndpointAuthMethod.CLIENT_SECRET_POST, Optional.of(basic.secret())),
                new ClientCredentials(id, TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                        Optional.of(basic.client().secretHash().orElseThrow().value())),
                new ClientCredentials(client.id().value(), TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                        Optional.of("anything")),
                new ClientCredentials(client.id().value(), TokenEndpointAuthMethod.NONE, Optional.of("anything")));
        List<OAuthError> errors = new ArrayList<>();

        for (ClientCredentials credentials : wrong) {
            IssuedCode code = credentials.clientId().equals(client.id().value()) ? publicCode : confidentialCode;
            errors.add(failed(server.token.exchange(codeRequest(credentials, code)), OAuthErrorCode.INVALID_CLIENT));
            errors.add(failed(server.token.exchange(refreshRequest(credentials, OpaqueToken.random().value())),
                    OAuthErrorCode.INVALID_CLIENT));
        }

        assertThat(errors).as("one error for every failure, so none tells what was wrong").containsOnly(errors.getFirst());
        assertThat(errors.getFirst().code().httpStatus()).isEqualTo(401);
        issued(server.token.exchange(codeRequest(basic.credentials(), confidentialCode)));
        issued(server.token.exchange(codeRequest(asClient, publicCode)));
    }

    // ---- request checks before the code is looked at

    @Test
    void aResourceOtherThanOursIsAnInvalidTarget() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse tokens = server.tokensFor(client, Scopes.all());

        failed(server.token.exchange(new AuthorizationCodeRequest(asClient, code.code(), REDIRECT_URI,
                code.verifier().value(), Optional.of("https://other.example/mcp"))), OAuthErrorCode.INVALID_TARGET);
        failed(server.token.exchange(new RefreshTokenRequest(asClient, tokens.refreshToken(), Optional.empty(),
                Optional.of("https://notes.example/other"))), OAuthErrorCode.INVALID_TARGET);
    }

    @Test
    void ourResourceInAnotherSpellingIsAcceptedAndTheAudienceStaysCanonical() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        TokenResponse tokens = issued(server.token.exchange(new AuthorizationCodeRequest(asClient, code.code(),
                REDIRECT_URI, code.verifier().value(), Optional.of("HTTPS://NOTES.EXAMPLE/mcp/"))));
        TokenResponse refreshed = issued(server.token.exchange(new RefreshTokenRequest(asClient, tokens.refreshToken(),
                Optional.empty(), Optional.of(RESOURCE + "/"))));

        assertThat(server.accessTokens.claims(tokens.accessToken()).audience()).isEqualTo(RESOURCE);
        assertThat(server.accessTokens.claims(refreshed.accessToken()).audience()).isEqualTo(RESOURCE);
    }

    @Test
    void aRefreshMayAskForOfflineAccessWhichNarrowsNothing() {
        TokenResponse tokens = server.tokensFor(client, Scopes.all());

        TokenResponse same = issued(server.token.exchange(new RefreshTokenRequest(asClient, tokens.refreshToken(),
                Optional.of("offline_access"), Optional.empty())));
        TokenResponse narrowed = issued(server.token.exchange(new RefreshTokenRequest(asClient, same.refreshToken(),
                Optional.of("notes:read offline_access"), Optional.empty())));

        assertThat(same.scopes()).isEqualTo(Scopes.all());
        assertThat(narrowed.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(server.accessTokens.claims(narrowed.accessToken()).scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "too-short", "forty-three-characters-but-with-a-space-in!",
            "ééééééééééééééééééééééééééééééééééééééééééééééé"})
    void aMalformedVerifierIsAnInvalidRequest(String verifier) {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        failed(exchange(code, REDIRECT_URI, verifier), OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void aVerifierLongerThan128CharactersIsAnInvalidRequest() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        failed(exchange(code, REDIRECT_URI, "a".repeat(129)), OAuthErrorCode.INVALID_REQUEST);
    }

    // ---- authorization_code: refusals

    @Test
    void anUnknownCodeIsAnInvalidGrant() {
        server.issuedCode(client, Scopes.all());

        failed(server.token.exchange(new AuthorizationCodeRequest(asClient, OpaqueToken.random().value(),
                REDIRECT_URI, freshVerifier().value(), Optional.empty())), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aCodeIssuedToAnotherClientIsAnInvalidGrant() {
        RegisteredClient other = server.publicClient();
        IssuedCode code = server.issuedCode(other, Scopes.all());

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void anExpiredCodeIsAnInvalidGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        server.clock.advance(AuthorizationCode.LIFETIME);

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aCodeJustBeforeItsExpiryIsStillGood() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        server.clock.advance(AuthorizationCode.LIFETIME.minusSeconds(1));

        issued(exchange(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example/oauth/callback", "https://app.example/oauth/callback?tenant=a%20b&x=1",
            "https://app.example/oauth/callback?tenant=a+b", "https://APP.example/oauth/callback?tenant=a%20b",
            "https://evil.example/oauth/callback?tenant=a%20b"})
    void aRedirectUriDifferentFromTheAuthorizationRequestsIsAnInvalidGrant(String redirectUri) {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        failed(exchange(code, redirectUri, code.verifier().value()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aWrongVerifierIsAnInvalidGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());

        failed(exchange(code, REDIRECT_URI, freshVerifier().value()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aRejectedAttemptSpendsTheCode() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        failed(exchange(code, REDIRECT_URI, freshVerifier().value()), OAuthErrorCode.INVALID_GRANT);

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);
    }

    /** Refused outright, or answered with tokens born revoked: either way nothing usable comes out. */
    @Test
    void aCodeOfARevokedGrantBuysNothingUsable() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        server.grants.revoke(code.grant().id(), T0);

        Result result = exchange(code);

        if (result instanceof Issued(TokenResponse response)) {
            assertThat(server.revokedAccessTokens.isRevoked(tokenId(response))).as("access token revoked").isTrue();
            failed(refresh(response.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        } else {
            failed(result, OAuthErrorCode.INVALID_GRANT);
        }
        assertThat(server.isActive(code.grant())).isFalse();
    }

    // ---- authorization_code: replay

    @Test
    void aReplayedCodeIsAnInvalidGrantAndRevokesEverythingIssuedFromIt() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        server.clock.advance(Duration.ofSeconds(30));
        TokenResponse refreshed = issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofSeconds(30));

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isFalse();
        assertThat(server.revokedAccessTokens.all()).containsOnlyKeys(tokenId(first), tokenId(refreshed));
        assertThat(server.revokedAccessTokens.all().get(tokenId(refreshed)))
                .isEqualTo(server.accessTokens.claims(refreshed.accessToken()).expiresAt());
        failed(refresh(refreshed.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aReplayRevokesOnlyTheAccessTokensStillLive() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        server.clock.advance(ACCESS_TOKEN_TTL.plusSeconds(1));
        TokenResponse later = issued(refresh(first.refreshToken()));

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.revokedAccessTokens.all()).containsOnlyKeys(tokenId(later));
    }

    @Test
    void aReplayLeavesOtherGrantsAlone() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        issued(exchange(code));
        TokenResponse other = server.tokensFor(client, Scopes.all());

        failed(exchange(code), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.revokedAccessTokens.isRevoked(tokenId(other))).isFalse();
        issued(refresh(other.refreshToken()));
    }

    /**
     * 50 concurrent redemptions: exactly one is issued tokens, the other 49 are replays, and the
     * replays revoke what the one got (RFC 6749 §4.1.2), so nothing issued stays usable.
     */
    @Test
    void exactlyOneOfManyConcurrentRedemptionsOfOneCodeIsIssuedTokens() throws Exception {
        for (int round = 0; round < 20; round++) {
            IssuedCode code = server.issuedCode(client, Scopes.all());
            int redeemedBefore = server.codes.firstRedemptions();

            List<Result> results = Concurrently.run(THREADS, i -> exchange(code));

            assertThat(server.codes.firstRedemptions() - redeemedBefore).as("redemptions that won").isEqualTo(1);
            List<TokenResponse> issued = results.stream().filter(Issued.class::isInstance)
                    .map(r -> ((Issued) r).response()).toList();
            assertThat(issued).as("Issued results").hasSize(1);
            assertThat(results.stream().filter(Failed.class::isInstance).map(r -> ((Failed) r).error().code()))
                    .hasSize(THREADS - 1).containsOnly(OAuthErrorCode.INVALID_GRANT);
            assertThat(server.isActive(code.grant())).isFalse();
            TokenResponse winner = issued.getFirst();
            assertThat(server.revokedAccessTokens.isRevoked(tokenId(winner))).as("the winner's access token").isTrue();
            failed(refresh(winner.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        }
    }

    // ---- refresh_token: rotation

    @Test
    void aRefreshRotatesTheRefreshToken() {
        TokenResponse first = server.tokensFor(client, Scopes.all());
        server.clock.advance(Duration.ofMinutes(20));

        TokenResponse second = issued(refresh(first.refreshToken()));

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(tokenId(second)).isNotEqualTo(tokenId(first));
        assertThat(storedRefreshToken(first).rotatedAt()).contains(server.clock.instant());
        assertThat(storedRefreshToken(second).rotatedAt()).isEmpty();
        assertThat(server.accessTokens.claims(second.accessToken()).expiresAt())
                .isEqualTo(server.clock.instant().plus(ACCESS_TOKEN_TTL));
        server.clock.advance(Duration.ofMinutes(20));
        issued(refresh(second.refreshToken()));
    }

    @Test
    void aRefreshMayNarrowTheAccessTokenButTheSuccessorKeepsTheOriginalScopes() {
        TokenResponse first = server.tokensFor(client, Scopes.all());

        TokenResponse narrowed = issued(refresh(first.refreshToken(), "notes:read"));

        assertThat(narrowed.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(server.accessTokens.claims(narrowed.accessToken()).scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(storedRefreshToken(narrowed).scopes()).isEqualTo(Scopes.all());
        TokenResponse full = issued(refresh(narrowed.refreshToken()));
        assertThat(server.accessTokens.claims(full.accessToken()).scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void aRefreshMayNeverWidenTheScopes() {
        TokenResponse readOnly = server.tokensFor(client, Scopes.of(Scope.NOTES_READ));

        failed(refresh(readOnly.refreshToken(), "notes:read notes:write"), OAuthErrorCode.INVALID_SCOPE);
        failed(refresh(readOnly.refreshToken(), "notes:write"), OAuthErrorCode.INVALID_SCOPE);
        failed(refresh(readOnly.refreshToken(), "notes:admin"), OAuthErrorCode.INVALID_SCOPE);

        assertThat(storedRefreshToken(readOnly).rotatedAt()).as("a refused refresh retires nothing").isEmpty();
        assertThat(server.revokedAccessTokens.all()).isEmpty();
        issued(refresh(readOnly.refreshToken()));
    }

    @Test
    void aRetryWithinTheGraceWindowGetsNewTokens() {
        TokenResponse first = server.tokensFor(client, Scopes.all());
        TokenResponse lost = issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofSeconds(5));

        TokenResponse retried = issued(refresh(first.refreshToken()));

        assertThat(retried.refreshToken()).isNotEqualTo(lost.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(server.revokedAccessTokens.all()).isEmpty();
        issued(refresh(retried.refreshToken()));
    }

    @Test
    void aSecondRetryWithinTheGraceWindowRevokesTheWholeGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        TokenResponse lost = issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofSeconds(2));
        TokenResponse retried = issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofSeconds(2));

        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isFalse();
        assertThat(server.revokedAccessTokens.all())
                .containsOnlyKeys(tokenId(first), tokenId(lost), tokenId(retried));
        failed(refresh(lost.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        failed(refresh(retried.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void aRetriedTokenPresentedAfterTheGraceWindowRevokesTheWholeGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        issued(refresh(first.refreshToken()));
        issued(refresh(first.refreshToken()));
        server.clock.advance(RefreshToken.GRACE.plusSeconds(1));

        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isFalse();
    }

    @Test
    void theRetryIsRecordedOnTheRotatedToken() {
        TokenResponse first = server.tokensFor(client, Scopes.all());
        issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofSeconds(3));

        issued(refresh(first.refreshToken()));

        assertThat(storedRefreshToken(first).rotatedAt()).contains(T0);
        assertThat(storedRefreshToken(first).retriedAt()).contains(T0.plusSeconds(3));
        assertThat(server.refreshTokens.retries()).isEqualTo(1);
    }

    @Test
    void aRetryAtTheVeryEndOfTheGraceWindowIsStillARetry() {
        TokenResponse first = server.tokensFor(client, Scopes.all());
        issued(refresh(first.refreshToken()));
        server.clock.advance(RefreshToken.GRACE);

        issued(refresh(first.refreshToken()));
    }

    @Test
    void aRotatedTokenPresentedAfterTheGraceWindowRevokesTheWholeGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        TokenResponse second = issued(refresh(first.refreshToken()));
        server.clock.advance(RefreshToken.GRACE.plusMillis(1));

        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isFalse();
        assertThat(server.revokedAccessTokens.all()).containsOnlyKeys(tokenId(first), tokenId(second));
        failed(refresh(second.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void reuseIsDetectedWhoeverPresentsTheToken() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));
        issued(refresh(first.refreshToken()));
        server.clock.advance(Duration.ofMinutes(1));
        RegisteredClient thief = server.publicClient();

        failed(server.refresh(thief, first.refreshToken()), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isFalse();
    }

    @Test
    void aRefreshOnARevokedGrantIsAnInvalidGrant() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse tokens = issued(exchange(code));
        server.grants.revoke(code.grant().id(), server.clock.instant());

        failed(refresh(tokens.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void anUnknownRefreshTokenIsAnInvalidGrant() {
        server.tokensFor(client, Scopes.all());

        failed(refresh(OpaqueToken.random().value()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void anotherClientsRefreshTokenIsAnInvalidGrantAndRevokesNothing() {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse tokens = issued(exchange(code));
        RegisteredClient other = server.publicClient();

        failed(server.refresh(other, tokens.refreshToken()), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.isActive(code.grant())).isTrue();
        issued(refresh(tokens.refreshToken()));
    }

    @Test
    void anExpiredRefreshTokenIsAnInvalidGrant() {
        TokenResponse tokens = server.tokensFor(client, Scopes.all());
        server.clock.advance(REFRESH_TOKEN_TTL);

        failed(refresh(tokens.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void concurrentRefreshesOfOneTokenRotateItOnceRetryItOnceAndTheRestRevokeTheGrant() throws Exception {
        IssuedCode code = server.issuedCode(client, Scopes.all());
        TokenResponse first = issued(exchange(code));

        List<Result> results = Concurrently.run(THREADS, i -> refresh(first.refreshToken()));

        List<TokenResponse> succeeded = results.stream()
                .filter(Issued.class::isInstance).map(result -> ((Issued) result).response()).toList();
        assertThat(server.refreshTokens.rotations()).as("successful rotations").isEqualTo(1);
        assertThat(server.refreshTokens.retries()).as("honoured grace-window retries").isLessThanOrEqualTo(1);
        assertThat(succeeded).as("one rotation and at most one retry get tokens")
                .hasSize(1 + server.refreshTokens.retries());
        assertThat(succeeded.stream().map(TokenResponse::refreshToken).distinct()).hasSameSizeAs(succeeded);
        assertThat(results.stream().filter(result -> !(result instanceof Issued)))
                .as("every other presentation is reuse")
                .hasSize(THREADS - succeeded.size())
                .allSatisfy(result -> failed(result, OAuthErrorCode.INVALID_GRANT));
        assertThat(storedRefreshToken(first).rotatedAt()).contains(T0);

        // More than two came, so the grant is gone: nothing issued under it works any more.
        assertThat(server.isActive(code.grant())).isFalse();
        assertThat(server.revokedAccessTokens.all()).containsKey(tokenId(first));
        for (TokenResponse response : succeeded) {
            assertThat(server.revokedAccessTokens.all()).containsKey(tokenId(response));
            failed(refresh(response.refreshToken()), OAuthErrorCode.INVALID_GRANT);
        }
        failed(refresh(first.refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }
}
