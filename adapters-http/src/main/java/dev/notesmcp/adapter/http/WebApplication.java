package dev.notesmcp.adapter.http;

import dev.notesmcp.adapter.http.clientaddress.ClientAddressFilter;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.adapter.http.common.McpJson;
import dev.notesmcp.adapter.http.framing.HttpHygiene;
import dev.notesmcp.application.port.out.HealthIndicator;
import dev.notesmcp.adapter.http.health.HealthService;
import dev.notesmcp.adapter.http.cors.CorsTable;
import dev.notesmcp.adapter.http.mcp.McpEndpoint;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.metadata.ProtectedResourceMetadataService;
import dev.notesmcp.adapter.http.observe.RequestObserver;
import dev.notesmcp.adapter.http.oauth.AccountEndpoint;
import dev.notesmcp.adapter.http.oauth.AccountSignInEndpoint;
import dev.notesmcp.adapter.http.oauth.AuthorizationFlow;
import dev.notesmcp.adapter.http.oauth.AuthorizationServerMetadataEndpoint;
import dev.notesmcp.adapter.http.oauth.ClientRegistrationEndpoint;
import dev.notesmcp.adapter.http.oauth.ConsentEndpoint;
import dev.notesmcp.adapter.http.oauth.JwksEndpoint;
import dev.notesmcp.adapter.http.oauth.RevocationEndpoint;
import dev.notesmcp.adapter.http.oauth.AuthorizationEndpoint;
import dev.notesmcp.adapter.http.oauth.TokenEndpoint;
import dev.notesmcp.adapter.http.ratelimit.RateLimitHandler;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase.Endpoint;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.application.port.out.Metrics;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the web adapter serves, ready to be put on a Helidon routing. */
public final class WebApplication implements AutoCloseable {

    private final BearerGate gate;
    private final LimitRequestRateUseCase limitRequestRate;
    private final List<HttpService> publicServices = new ArrayList<>();
    private final McpEndpoint mcp;
    private final CorsTable cors;
    private final ClientAddressFilter clientAddresses;
    private final RequestObserver requests;
    private final List<IdentityProviderPage> identityProviderPages;

    /**
     * @param identityProviderPages pages the configured identity adapters serve themselves (the
     *                              dev login's), served beside ours
     * @param cookieKey the key that signs browser cookies (derived from the JWT secret, so every
     *                  instance behind one URL has the same one)
     * @param metrics where each request is counted (the access log is written beside it)
     */
    public WebApplication(HttpSettings settings, VerifyAccessTokenUseCase verifyAccessToken, NoteToolCatalog tools,
                          OAuthUseCases oauth, List<IdentityProviderPage> identityProviderPages,
                          byte[] cookieKey, List<HealthIndicator> healthIndicators, String version,
                          Metrics metrics) {
        this(settings, verifyAccessToken, tools, oauth, Optional.empty(), identityProviderPages, cookieKey,
                healthIndicators, version, metrics);
    }

    /** @param account the connected-apps page ({@code /account}); without it the page is not served */
    public WebApplication(HttpSettings settings, VerifyAccessTokenUseCase verifyAccessToken, NoteToolCatalog tools,
                          OAuthUseCases oauth, Optional<AccountUseCases> account,
                          List<IdentityProviderPage> identityProviderPages,
                          byte[] cookieKey, List<HealthIndicator> healthIndicators, String version,
                          Metrics metrics) {
        McpJsonMapper json = McpJson.mapper();
        JsonResponses responses = new JsonResponses(json);
        this.limitRequestRate = oauth.limitRequestRate();
        this.gate = new BearerGate(verifyAccessToken,
                new BearerChallenge(settings.resourceMetadataUrl(), tools.scopes()));
        publicServices.add(new HealthService(healthIndicators, responses));
        ProtectedResourceMetadataService resourceMetadata = new ProtectedResourceMetadataService(settings, responses);
        AuthorizationServerMetadataEndpoint serverMetadata = new AuthorizationServerMetadataEndpoint(settings, responses,
                oauth.signingKeys().isPresent());
        publicServices.add(resourceMetadata);
        publicServices.add(serverMetadata);
        oauth.signingKeys().ifPresent(keys -> publicServices.add(new JwksEndpoint(keys, responses)));
        publicServices.add(new ClientRegistrationEndpoint(oauth.register(), responses));
        publicServices.addAll(account.map(pages -> AuthorizationFlow.endpoints(settings, oauth.start(),
                        oauth.decide(), oauth.complete(), cookieKey, pages.apps(), pages.signIn(), pages.clock()))
                .orElseGet(() -> AuthorizationFlow.endpoints(settings, oauth.start(), oauth.decide(),
                        oauth.complete(), cookieKey)));
        publicServices.add(new TokenEndpoint(oauth.exchange(), responses, metrics));
        publicServices.add(new RevocationEndpoint(oauth.revoke(), responses, metrics));
        this.identityProviderPages = List.copyOf(identityProviderPages);
        this.mcp = new McpEndpoint(settings, tools, json, version);
        List<String> metadataPaths = new ArrayList<>(resourceMetadata.paths());
        metadataPaths.addAll(serverMetadata.paths());
        oauth.signingKeys().ifPresent(keys -> metadataPaths.add(JwksEndpoint.PATH));
        this.cors = new CorsTable(settings, metadataPaths);
        this.clientAddresses = new ClientAddressFilter(settings.trustedProxies());
        this.requests = new RequestObserver(metrics);
    }

    public void routing(HttpRouting.Builder routing) {
        routing(routing, HttpHygiene.DEFAULT_READ_TIMEOUT);
    }

    /** @param readTimeout how long a request body may send nothing before its connection is cut off */
    public void routing(HttpRouting.Builder routing, Duration readTimeout) {
        routing.addFilter(clientAddresses); // first: every later filter, handler and log line sees the same address
        routing.addFilter(requests); // then the metric and access log of every routed request, whoever answers it
        // Then the framing filter and the one error mapper (framing.HttpHygiene, errors.ErrorMapper).
        HttpHygiene.install(routing, readTimeout);
        // /mcp first: Helidon tries the routes in order, and the ~50 routes of the OAuth pages before it
        // were ≈9 % of a list_notes call's CPU samples (bench/README.md, decision 19). None of them
        // matches /mcp, so the order changes no answer.
        cors.mcpRouting(routing);
        routing.post(McpEndpoint.PATH, gate)
                .register(mcp);
        routing.any("/register", new RateLimitHandler(limitRequestRate, Endpoint.REGISTER))
                .any(AuthorizationEndpoint.AUTHORIZE, new RateLimitHandler(limitRequestRate, Endpoint.AUTHORIZE))
                .any(ConsentEndpoint.PATH, new RateLimitHandler(limitRequestRate, Endpoint.AUTHORIZE))
                .any(TokenEndpoint.TOKEN, new RateLimitHandler(limitRequestRate, Endpoint.TOKEN))
                .any(RevocationEndpoint.PATH, new RateLimitHandler(limitRequestRate, Endpoint.REVOKE));
        // The connected-apps page and its forms count as browser sign-in traffic.
        List.of(AccountEndpoint.PATH, AccountEndpoint.REVOKE, AccountEndpoint.SIGN_OUT, AccountSignInEndpoint.PATH)
                .forEach(path -> routing.any(path, new RateLimitHandler(limitRequestRate, Endpoint.AUTHORIZE)));
        identityProviderPages.forEach(page ->
                routing.any(page.path(), new RateLimitHandler(limitRequestRate, Endpoint.AUTHORIZE)));
        cors.oauthRouting(routing);
        publicServices.forEach(routing::register);
        identityProviderPages.forEach(page -> routing.register(page.service()));
    }

    @Override
    public void close() {
        mcp.close();
    }
}
