package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The browser side of the authorization flow: {@code GET /authorize} (validate, then our consent
 * page), {@code POST /authorize/consent} (the decision) and {@code GET /oauth/<provider>/callback}
 * (back from the upstream sign-in).
 */
public final class AuthorizationEndpoint implements HttpService {

    public static final String AUTHORIZE = "/authorize";
    public static final String CONSENT = "/authorize/consent";
    private static final HeaderName SEC_FETCH_SITE = HeaderNames.create("Sec-Fetch-Site");

    private final StartAuthorizationUseCase start;
    private final DecideConsentUseCase decide;
    private final CompleteLoginUseCase complete;
    private final String callbackPath;
    private final AuthorizationSteps steps;
    private final RememberedUserCookie rememberedUser;

    /**
     * @param cookieKey the HMAC key for the remembered-user cookie (at least 32 random bytes;
     *                  instances behind one URL must share it)
     */
    public AuthorizationEndpoint(HttpSettings settings, String providerName, StartAuthorizationUseCase start,
                                 DecideConsentUseCase decide, CompleteLoginUseCase complete, byte[] cookieKey) {
        this.start = start;
        this.decide = decide;
        this.complete = complete;
        this.callbackPath = callbackPath(providerName);
        boolean secure = "https".equalsIgnoreCase(settings.publicUrl().getScheme());
        this.steps = new AuthorizationSteps(settings.publicUrl() + CONSENT, secure);
        this.rememberedUser = new RememberedUserCookie(cookieKey, secure);
    }

    /** Where the upstream provider sends the browser back, relative to {@code PUBLIC_URL}. */
    public static String callbackPath(String providerName) {
        return "/oauth/" + providerName + "/callback";
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(AUTHORIZE, this::authorize)
                .post(CONSENT, this::consent)
                .get(callbackPath, this::callback);
    }

    private void authorize(ServerRequest request, ServerResponse response) {
        FormParameters query = FormParameters.parse(request.query().rawValue());
        if (query.hasRepeats()) {
            HtmlPages.error(response, Status.BAD_REQUEST_400, "The request repeats a parameter: " + query.repeated());
            return;
        }
        steps.send(response, start.start(new StartAuthorizationUseCase.Command(
                query.get("client_id"), query.get("redirect_uri"), query.get("response_type"),
                query.get("code_challenge"), query.get("code_challenge_method"), query.get("scope"),
                query.get("state"), query.get("resource"), rememberedUser.read(request))));
    }

    private void consent(ServerRequest request, ServerResponse response) {
        // Browsers say where a form post comes from; only our own consent page may decide.
        Optional<String> fetchSite = request.headers().first(SEC_FETCH_SITE);
        if (fetchSite.isPresent() && !fetchSite.get().equals("same-origin")) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "This decision was not sent from our consent page."
                    + " Please start again from your application.");
            return;
        }
        Optional<FormParameters> form = readForm(request);
        if (form.isEmpty() || form.get().hasRepeats()) {
            HtmlPages.error(response, Status.BAD_REQUEST_400, "The consent form could not be read.");
            return;
        }
        Optional<String> requestId = form.get().get("request_id");
        Optional<String> csrfToken = form.get().get("csrf_token");
        Optional<String> decision = form.get().get("decision");
        if (requestId.isEmpty() || csrfToken.isEmpty() || decision.isEmpty()
                || !(decision.get().equals("approve") || decision.get().equals("deny"))) {
            HtmlPages.error(response, Status.BAD_REQUEST_400, "The consent form is incomplete."
                    + " Please start again from your application.");
            return;
        }
        Optional<String> browserToken = steps.readConsentCookie(request, requestId.get());
        steps.clearConsentCookie(response, requestId.get());
        steps.send(response, decide.decide(new DecideConsentUseCase.Command(requestId.get(), csrfToken.get(),
                browserToken, decision.get().equals("approve"))));
    }

    private void callback(ServerRequest request, ServerResponse response) {
        FormParameters query = FormParameters.parse(request.query().rawValue());
        var command = new CompleteLoginUseCase.Command(query.get("state"), steps.readLoginCookie(request),
                query.get("code"), query.get("error"));
        steps.clearLoginCookie(response);
        StartAuthorizationUseCase.Step step = complete.complete(command);
        if (step instanceof StartAuthorizationUseCase.RedirectToClient redirect && redirect.signedIn().isPresent()) {
            rememberedUser.set(response, redirect.signedIn().get());
        }
        steps.send(response, step);
    }

    /** Reads a small form body; anything else (too large, not a form) is refused. */
    static Optional<FormParameters> readForm(ServerRequest request) {
        boolean isForm = request.headers().contentType()
                .map(type -> type.mediaType().text().equalsIgnoreCase("application/x-www-form-urlencoded"))
                .orElse(false);
        if (!isForm) {
            return Optional.empty();
        }
        try (InputStream body = request.content().inputStream()) {
            byte[] bytes = body.readNBytes(FormParameters.MAX_BODY_CHARS + 1);
            if (bytes.length > FormParameters.MAX_BODY_CHARS) {
                return Optional.empty();
            }
            return Optional.of(FormParameters.parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
