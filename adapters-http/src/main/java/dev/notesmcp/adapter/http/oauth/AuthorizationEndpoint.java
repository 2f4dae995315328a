package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.TreeSet;

/** {@code GET /authorize} (RFC 6749 §4.1.1): validate the request, then our consent page or a redirect. */
public final class AuthorizationEndpoint implements HttpService {

    public static final String AUTHORIZE = "/authorize";

    private final StartAuthorizationUseCase start;
    private final AuthorizationSteps steps;
    private final RememberedUserCookie rememberedUser;

    AuthorizationEndpoint(StartAuthorizationUseCase start, AuthorizationSteps steps,
                          RememberedUserCookie rememberedUser) {
        this.start = start;
        this.steps = steps;
        this.rememberedUser = rememberedUser;
    }

    /**
     * Where the upstream provider {@code providerName} sends the browser back, relative to
     * {@code PUBLIC_URL}; one route serves them all ({@link LoginCallbackEndpoint}).
     */
    public static String callbackPath(String providerName) {
        return "/oauth/" + providerName + "/callback";
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(AUTHORIZE, this::authorize);
        MethodNotAllowed.register(rules, AUTHORIZE, Method.GET);
    }

    private void authorize(ServerRequest request, ServerResponse response) {
        switch (FormBody.query(request)) {
            case FormBody.Refused refused -> HtmlPages.error(response, Status.BAD_REQUEST_400,
                    refused.repeated().isEmpty() ? "The request could not be read: " + refused.reason() + "."
                            : "The request repeats a parameter: " + new TreeSet<>(refused.repeated()));
            case FormBody.Parsed(FormParameters query) -> steps.send(response, start.start(
                    new StartAuthorizationUseCase.Command(query.get("client_id"), query.get("redirect_uri"),
                            query.get("response_type"), query.get("code_challenge"),
                            query.get("code_challenge_method"), query.get("scope"), query.get("state"),
                            query.get("resource"), rememberedUser.read(request))));
        }
    }
}
