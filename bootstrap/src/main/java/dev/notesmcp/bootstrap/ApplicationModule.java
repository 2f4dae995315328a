package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.cimd.ClientMetadataDocumentsAdapter;
import dev.notesmcp.adapter.http.IdentityProviderPage;
import dev.notesmcp.adapter.http.AccountUseCases;
import dev.notesmcp.adapter.http.OAuthUseCases;
import dev.notesmcp.adapter.http.clientaddress.AuditAddress;
import dev.notesmcp.adapter.http.mcp.tool.CreateNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.DeleteNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.GetNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.ListNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.SearchNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.UpdateNoteTool;
import dev.notesmcp.adapter.jwt.JwtSettings;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.service.note.CreateNoteService;
import dev.notesmcp.application.service.note.DeleteNoteService;
import dev.notesmcp.application.service.note.GetNoteService;
import dev.notesmcp.application.service.note.ListNotesService;
import dev.notesmcp.application.service.note.SearchNotesService;
import dev.notesmcp.application.service.note.UpdateNoteService;
import dev.notesmcp.application.service.oauth.ClientAssertionCheck;
import dev.notesmcp.application.service.oauth.ClientDirectory;
import dev.notesmcp.application.service.account.AccountSignInService;
import dev.notesmcp.application.service.account.ConnectedAppsService;
import dev.notesmcp.application.service.oauth.CompleteLoginService;
import dev.notesmcp.application.service.oauth.DecideConsentService;
import dev.notesmcp.application.service.oauth.ExchangeTokenService;
import dev.notesmcp.application.service.oauth.IdentityProviders;
import dev.notesmcp.application.service.oauth.LimitRequestRateService;
import dev.notesmcp.application.service.oauth.RegisterClientService;
import dev.notesmcp.application.service.oauth.RevokeAccessService;
import dev.notesmcp.application.service.oauth.RevokeTokenService;
import dev.notesmcp.application.service.oauth.StartAuthorizationService;
import dev.notesmcp.application.service.oauth.TokenPolicy;
import dev.notesmcp.application.service.token.RevocationCache;
import dev.notesmcp.application.service.token.VerifiedTokenCache;
import dev.notesmcp.application.service.token.VerifyAccessTokenService;
import dev.notesmcp.bootstrap.audit.AuditTrail;
import dev.notesmcp.bootstrap.audit.BoundedAuditWriter;
import dev.notesmcp.bootstrap.config.ClientMetadataDocumentSettings;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.store.Stores;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The application's use cases wired to the adapters the settings choose. Plain constructors, no magic. */
final class ApplicationModule implements AutoCloseable {

    private final VerifyAccessTokenUseCase verifyAccessToken;
    private final NoteToolCatalog tools;
    private final OAuthUseCases oauth;
    private final AccountUseCases account;
    private final List<IdentityProviderPage> identityProviderPages;
    private final Optional<ClientMetadataDocumentsAdapter> documents;
    private final TokenSigning tokenSigning;
    private final BoundedAuditWriter audit;

    ApplicationModule(Settings settings, Stores stores, Clock clock, Metrics metrics, PrintStream auditOut) {
        NoteRepository notes = stores.durable().notes();
        ClientRepository clients = stores.durable().clients();
        GrantRepository grants = stores.durable().grants();
        RefreshTokenRepository refreshTokens = stores.durable().refreshTokens();
        ConsentRepository consents = stores.durable().consents();
        AuthorizationCodeStore codes = stores.shortLived().codes();
        PendingAuthorizationStore pending = stores.shortLived().pending();
        // A shared store is a network call: /mcp trusts a "not revoked" answer for a bounded time.
        RevokedAccessTokens revoked = !settings.stores().shortLived().sharedByInstances()
                || settings.revocationCacheStaleness().isZero()
                ? stores.shortLived().revokedAccessTokens()
                : new RevocationCache(stores.shortLived().revokedAccessTokens(), clock, settings.revocationCacheStaleness());

        // What the use cases and tools record during a request carries the request's client address.
        this.audit = AuditTrail.wire(settings.audit(), stores.durable().audit(), auditOut, metrics,
                AuditAddress::stamp);
        JwtSettings jwt = jwtSettings(settings);
        this.tokenSigning = TokenSigning.wire(settings, jwt, stores.durable().signingKeys(), clock);
        AccessTokenVerifier verifier = new VerifiedTokenCache(tokenSigning.verifier(), clock);
        this.verifyAccessToken = new VerifyAccessTokenService(verifier, revoked);
        this.tools = new NoteToolCatalog(List.of(
                new CreateNoteTool(new CreateNoteService(notes, clock)),
                new ListNotesTool(new ListNotesService(notes)),
                new GetNoteTool(new GetNoteService(notes)),
                new UpdateNoteTool(new UpdateNoteService(notes, clock)),
                new DeleteNoteTool(new DeleteNoteService(notes)),
                new SearchNotesTool(new SearchNotesService(notes))), metrics, audit, clock);

        IdentityWiring identity = IdentityWiring.wire(settings, clock, metrics);
        IdentityProviders providers = identity.providers();
        this.identityProviderPages = identity.pages();
        TokenPolicy policy = new TokenPolicy(settings.publicUrl().toString(), settings.mcpUrl().toString(),
                settings.accessTokenTtl(), settings.refreshTokenTtl());
        this.documents = clientMetadataDocuments(settings, clock);
        ClientDirectory directory = new ClientDirectory(clients,
                documents.map(ClientMetadataDocumentsAdapter::documents),
                documents.map(adapter -> new ClientAssertionCheck(adapter.assertions(),
                        stores.shortLived().usedAssertions(), policy.issuer(), clock)),
                clock);
        this.oauth = new OAuthUseCases(
                new RegisterClientService(clients, clock, audit),
                new StartAuthorizationService(directory, pending, consents, providers, policy, clock),
                new DecideConsentService(pending, providers, policy, clock, audit),
                new CompleteLoginService(pending, providers, consents, grants, codes, policy, clock, audit,
                        stores.durable().writes()),
                new ExchangeTokenService(policy, directory, codes, refreshTokens, grants, revoked,
                        tokenSigning.signer(), clock, audit, stores.durable().writes()),
                new RevokeTokenService(directory, refreshTokens, verifier, grants, revoked, clock, audit),
                new LimitRequestRateService(stores.shortLived().rateLimiter(), settings.rateLimits(), clock),
                tokenSigning.publishedKeys());
        this.account = new AccountUseCases(
                new ConnectedAppsService(grants, clients, new RevokeAccessService(clients, grants, consents, revoked, clock, audit)),
                new AccountSignInService(providers, clock, audit), clock);
    }

    /** Client metadata documents and their private_key_jwt keys, fetched over one guarded HTTP client. */
    private static Optional<ClientMetadataDocumentsAdapter> clientMetadataDocuments(Settings settings, Clock clock) {
        ClientMetadataDocumentSettings cimd = settings.clientMetadataDocuments();
        return cimd.enabled()
                ? Optional.of(ClientMetadataDocumentsAdapter.create(cimd.allowLoopback(), clock))
                : Optional.empty();
    }

    static JwtSettings jwtSettings(Settings settings) {
        return new JwtSettings(settings.publicUrl().toString(), settings.mcpUrl().toString(),
                settings.jwtSigningSecret().bytes());
    }

    VerifyAccessTokenUseCase verifyAccessToken() {
        return verifyAccessToken;
    }

    NoteToolCatalog tools() {
        return tools;
    }

    /** The audit trail as the use cases write it; reading goes to the store ({@code AUDIT_LOG} store or both). */
    AuditLog audit() {
        return audit;
    }

    OAuthUseCases oauth() {
        return oauth;
    }

    /** The connected-apps page's use cases ({@code /account}). */
    AccountUseCases account() {
        return account;
    }

    List<IdentityProviderPage> identityProviderPages() {
        return identityProviderPages;
    }

    /** Stops the key rotation timer, if any, and closes the outbound HTTP client of client metadata documents. */
    @Override
    public void close() {
        try {
            tokenSigning.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the key rotation timer", e);
        }
        documents.ifPresent(ClientMetadataDocumentsAdapter::close);
        audit.close();
    }
}
