package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.token.Scope;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

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
        StringBuilder scopes = new StringBuilder();
        for (Scope scope : consent.scopes().values()) {
            scopes.append("<li>").append(HtmlPages.escape(capitalized(scope.description())))
                    .append(" <span class=\"muted\">(<code>").append(scope.value()).append("</code>)</span></li>");
        }
        String body = "<h1>Allow access to your notes?</h1><div class=\"box\">"
                + "<p><strong>" + HtmlPages.escape(consent.clientName()) + "</strong> wants to:</p><ul>" + scopes + "</ul>"
                + "<p class=\"muted\">After you allow it and sign in, you will be sent back to <strong>"
                + HtmlPages.escape(consent.redirectHost()) + "</strong>. Only allow applications you trust;"
                + " the name above is chosen by the application itself.</p>"
                + "<form method=\"post\" action=\"" + HtmlPages.escape(consentAction) + "\">"
                + "<input type=\"hidden\" name=\"request_id\" value=\"" + HtmlPages.escape(consent.pendingId()) + "\">"
                + "<input type=\"hidden\" name=\"csrf_token\" value=\"" + HtmlPages.escape(consent.csrfToken()) + "\">"
                + "<button type=\"submit\" name=\"decision\" value=\"approve\">Allow</button>"
                + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>"
                + "</form></div>";
        HtmlPages.send(response, Status.OK_200, "Allow access", body);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
