package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.page.ConsentPage;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ReturnWithError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Optional;

/** Turns each step of the authorization flow into what the browser gets: a page or a redirect. */
final class AuthorizationSteps {

    private final String consentAction;
    /**
     * Binds an upstream login to the browser that started it; Lax, so it comes back with the
     * top-level redirect from the provider.
     */
    private final BrowserCookie loginCookie;
    /**
     * Binds a consent page to the browser it was shown in (one per pending request, so two tabs do
     * not clash); Strict: only our own form can make the browser send it.
     */
    private final BrowserCookie consentCookies;

    AuthorizationSteps(String consentAction, boolean secureCookies) {
        this.consentAction = consentAction;
        this.loginCookie = new BrowserCookie("notes_mcp_login", secureCookies, SetCookie.SameSite.LAX,
                PendingAuthorization.LIFETIME);
        this.consentCookies = new BrowserCookie("notes_mcp_consent_", secureCookies, SetCookie.SameSite.STRICT,
                PendingAuthorization.LIFETIME);
    }

    void send(ServerResponse response, Step step) {
        switch (step) {
            case AskConsent consent -> consentPage(response, consent);
            case RedirectToClient redirect -> redirect(response, redirect.location().toString());
            case RedirectToLogin login -> {
                loginCookie.set(response, login.loginState());
                redirect(response, login.location().toString());
            }
            case ShowError error -> HtmlPages.error(response, Status.BAD_REQUEST_400, error.message());
            // Refused by a policy: 403; the identity provider failed us: 502.
            case ReturnWithError returning -> HtmlPages.returnWithError(response,
                    returning.error() == OAuthErrorCode.ACCESS_DENIED ? Status.FORBIDDEN_403 : Status.BAD_GATEWAY_502,
                    returning.message(), returning.location().toString());
        }
    }

    void clearLoginCookie(ServerResponse response) {
        loginCookie.clear(response);
    }

    Optional<String> readLoginCookie(ServerRequest request) {
        return loginCookie.read(request);
    }

    private static void redirect(ServerResponse response, String location) {
        response.status(Status.FOUND_302)
                .header(HeaderNames.LOCATION, location)
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }

    Optional<String> readConsentCookie(ServerRequest request, String pendingId) {
        return consentCookies.withSuffix(pendingId).read(request);
    }

    void clearConsentCookie(ServerResponse response, String pendingId) {
        consentCookies.withSuffix(pendingId).clear(response);
    }

    private void consentPage(ServerResponse response, AskConsent consent) {
        consentCookies.withSuffix(consent.pendingId()).set(response, consent.csrfToken());
        List<ConsentPage.Permission> permissions = consent.scopes().values().stream()
                .map(scope -> new ConsentPage.Permission(capitalized(scope.description()), scope.value()))
                .toList();
        List<ConsentPage.SignInChoice> choices = consent.signInOptions().stream()
                .map(option -> new ConsentPage.SignInChoice(option.provider(), option.displayName()))
                .toList();
        HtmlPages.consent(response, new ConsentPage(consent.clientName(), permissions, consent.redirectHost(),
                consentAction, consent.pendingId(), consent.csrfToken(), consent.verifiedHost(), choices));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
