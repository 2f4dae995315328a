package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.token.Scopes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Validates an authorization request and, when it is sound, parks it for the user's consent.
 * Every error is shown as our own page: before the redirect URI is validated because it may not
 * be the client's (RFC 6749 §4.1.2.1), after that because a dynamically registered URI is not
 * trusted enough to redirect to without the user's decision (RFC 9700 §4.11.2). Only the user's
 * own decisions (deny, a cancelled sign-in) and success go back to the client.
 */
public final class StartAuthorizationService implements StartAuthorizationUseCase {

    private final ClientDirectory clients;
    private final ClientUsage usage;
    private final PendingAuthorizationStore pending;
    private final ConsentRepository consents;
    private final IdentityProviders providers;
    private final UpstreamLogins logins;
    private final TokenPolicy policy;
    private final Clock clock;

    public StartAuthorizationService(ClientRepository clients, PendingAuthorizationStore pending,
                                     ConsentRepository consents, IdentityProviders providers,
                                     TokenPolicy policy, Clock clock) {
        this(ClientDirectory.registeredOnly(clients), pending, consents, providers, policy, clock);
    }

    public StartAuthorizationService(ClientDirectory clients, PendingAuthorizationStore pending,
                                     ConsentRepository consents, IdentityProviders providers,
                                     TokenPolicy policy, Clock clock) {
        this.clients = clients;
        this.usage = new ClientUsage(clients.registered());
        this.pending = pending;
        this.consents = consents;
        this.providers = providers;
        this.logins = new UpstreamLogins(pending, providers);
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Step start(Command command) {
        if (command.clientId().isEmpty()) {
            return new ShowError("The request has no client_id.");
        }
        Optional<ClientId> id = clientId(command.clientId().get());
        ClientDirectory.Lookup lookup = id.map(clients::find).orElse(new ClientDirectory.Lookup.Unknown());
        if (lookup instanceof ClientDirectory.Lookup.Refused(String reason)) {
            return new ShowError("This application cannot sign in here: " + reason + ".");
        }
        Optional<RegisteredClient> client = lookup instanceof ClientDirectory.Lookup.Found(RegisteredClient found, var keys)
                ? Optional.of(found) : Optional.empty();
        if (client.isEmpty()) {
            return new ShowError(MetadataDocumentUrl.looksLikeUrl(command.clientId().get()) && id.isEmpty()
                    ? "The client_id is not a valid client metadata document URL (https, a path, no fragment,"
                    + " no user name, no . or .. segments)."
                    : "This application is not registered with this server (unknown client_id).");
        }
        if (command.redirectUri().isEmpty()) {
            return new ShowError("The request has no redirect_uri.");
        }
        String redirectUri = command.redirectUri().get();
        Optional<RedirectUri> registered = client.get().redirectUriMatching(redirectUri);
        if (registered.isEmpty()) {
            return new ShowError("The redirect_uri is not one registered for this application,"
                    + " so we will not send you there.");
        }
        Optional<String> state = command.state();
        Optional<String> stateProblem = state.flatMap(WellFormedText::problem);
        if (stateProblem.isPresent()) {
            return refused(OAuthError.invalidRequest("state " + stateProblem.get()));
        }
        if (command.responseType().isEmpty()) {
            return refused(OAuthError.invalidRequest("response_type is required"));
        }
        if (!command.responseType().get().equals("code")) {
            return refused(OAuthError.of(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE,
                    "response_type must be code"));
        }
        CodeChallenge challenge;
        try {
            challenge = CodeChallenge.of(command.codeChallenge().orElseThrow(
                            () -> new InvalidValueException("code_challenge", "is required (PKCE with S256)")),
                    command.codeChallengeMethod().orElse("plain"));
        } catch (InvalidValueException e) {
            return refused(OAuthError.invalidRequest(e.getMessage()));
        }
        Scopes scopes;
        try {
            // offline_access is accepted and dropped: refresh tokens follow the registered grant types.
            scopes = command.scope().map(Scopes::parseRequested).filter(s -> !s.isEmpty())
                    .orElse(client.get().scopes());
        } catch (InvalidValueException e) {
            return refused(OAuthError.of(OAuthErrorCode.INVALID_SCOPE, e.getMessage()));
        }
        if (!client.get().scopes().values().containsAll(scopes.values())) {
            return refused(OAuthError.of(OAuthErrorCode.INVALID_SCOPE,
                    "the client did not register for scope " + scopes.asString()));
        }
        if (!policy.acceptsResource(command.resource())) {
            return refused(OAuthError.of(OAuthErrorCode.INVALID_TARGET,
                    "this server only grants access to " + policy.resource()));
        }
        // A sound request is a use: a client people sign in with is not idle, even before its first token.
        usage.record(client.get(), clock.instant());
        OpaqueToken csrf = OpaqueToken.random();
        AuthorizationRequest authorization = new AuthorizationRequest(client.get().id(), redirectUri, scopes, state,
                challenge);
        Optional<UserId> agreedBefore = command.rememberedUser().filter(user -> consents.find(user, client.get().id())
                .map(consent -> consent.covers(scopes)).orElse(false));
        // A remembered user signs in again where their id comes from; if that provider is no longer
        // configured, nothing is presumed and the consent page lets them choose.
        Optional<UpstreamIdentityProvider> theirProvider = agreedBefore.flatMap(user -> providers.find(user.provider()));
        PendingAuthorization request = new PendingAuthorization(UUID.randomUUID().toString(), authorization,
                csrf.hash(), clock.instant().plus(PendingAuthorization.LIFETIME),
                theirProvider.isPresent() ? agreedBefore : Optional.empty(), Optional.empty());
        if (theirProvider.isPresent()) {
            // A returning user who already allowed this client these scopes: straight to sign-in.
            return logins.start(request, theirProvider.get());
        }
        pending.awaitConsent(request);
        return new AskConsent(request.id(), csrf.value(), client.get().name(), registered.get().displayHost(), scopes,
                client.get().id().documentUrl().map(MetadataDocumentUrl::host), signInOptions());
    }

    private List<SignInOption> signInOptions() {
        return providers.all().stream()
                .map(provider -> new SignInOption(provider.name(), provider.displayName()))
                .toList();
    }

    /**
     * A malformed request from a registered client is shown as our own page, not redirected:
     * anyone can register any https redirect URI here, so redirecting errors without the user
     * deciding anything would make this server an open redirector (RFC 9700 §4.11.2).
     */
    private static ShowError refused(OAuthError error) {
        return new ShowError("The application's sign-in request was refused (" + error.code().value() + ": "
                + error.description() + "). Nothing was sent back to it; you can close this window.");
    }

    private static Optional<ClientId> clientId(String raw) {
        try {
            return Optional.of(new ClientId(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
