package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code GET /oauth/{provider}/callback}, one route for every identity provider: back from the
 * upstream sign-in, on to the client. The application checks the path's provider is the one the
 * sign-in was started with. A sign-in started on the connected-apps page (its {@code state} is the
 * one this browser keeps for it) goes back there instead ({@link AccountSignInEndpoint}).
 */
public final class LoginCallbackEndpoint implements HttpService {

    static final String PATH = "/oauth/{provider}/callback";

    private final CompleteLoginUseCase complete;
    private final AuthorizationSteps steps;
    private final RememberedUserCookie rememberedUser;
    private final Optional<AccountSignInEndpoint> accountSignIn;

    LoginCallbackEndpoint(CompleteLoginUseCase complete, AuthorizationSteps steps,
                          RememberedUserCookie rememberedUser, Optional<AccountSignInEndpoint> accountSignIn) {
        this.complete = complete;
        this.steps = steps;
        this.rememberedUser = rememberedUser;
        this.accountSignIn = accountSignIn;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::callback);
        MethodNotAllowed.registerPattern(rules, PATH, Method.GET);
    }

    private void callback(ServerRequest request, ServerResponse response) {
        FormParameters query;
        switch (FormBody.query(request)) {
            case FormBody.Parsed parsed -> query = parsed.form();
            case FormBody.Refused refused -> {
                HtmlPages.error(response, Status.BAD_REQUEST_400, "The sign-in answer could not be read: "
                        + refused.reason() + ". Please start again from your application.");
                return;
            }
        }
        String provider = request.path().pathParameters().get("provider");
        if (accountSignIn.isPresent() && accountSignIn.get().startedHere(request, query.get("state"))) {
            accountSignIn.get().complete(request, response, provider, query);
            return;
        }
        var command = new CompleteLoginUseCase.Command(provider,
                query.get("state"), steps.readLoginCookie(request), query.get("code"), query.get("error"));
        steps.clearLoginCookie(response);
        StartAuthorizationUseCase.Step step = complete.complete(command);
        if (step instanceof StartAuthorizationUseCase.RedirectToClient redirect && redirect.signedIn().isPresent()) {
            rememberedUser.set(response, redirect.signedIn().get());
        }
        steps.send(response, step);
    }
}
