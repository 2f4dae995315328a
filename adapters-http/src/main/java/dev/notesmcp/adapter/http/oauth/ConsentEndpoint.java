package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code POST /authorize/consent}: the user's decision, posted by our consent page. */
public final class ConsentEndpoint implements HttpService {

    public static final String PATH = "/authorize/consent";

    private final DecideConsentUseCase decide;
    private final AuthorizationSteps steps;
    private final SameOriginForm fromOurOwnPage;

    ConsentEndpoint(HttpSettings settings, DecideConsentUseCase decide, AuthorizationSteps steps) {
        this.decide = decide;
        this.steps = steps;
        this.fromOurOwnPage = new SameOriginForm(settings);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::consent);
        MethodNotAllowed.register(rules, PATH, Method.POST);
    }

    private void consent(ServerRequest request, ServerResponse response) {
        if (!fromOurOwnPage.test(request)) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "This decision was not sent from our consent page."
                    + " Please start again from your application.");
            return;
        }
        FormParameters form;
        switch (FormBody.read(request)) {
            case FormBody.Parsed parsed -> form = parsed.form();
            case FormBody.Refused refused -> {
                HtmlPages.error(response, Status.BAD_REQUEST_400, "The consent form could not be read: "
                        + refused.reason() + ".");
                return;
            }
        }
        Optional<String> requestId = form.get("request_id");
        Optional<String> csrfToken = form.get("csrf_token");
        Optional<Boolean> approved = decision(form);
        if (requestId.isEmpty() || csrfToken.isEmpty() || approved.isEmpty()) {
            HtmlPages.error(response, Status.BAD_REQUEST_400, "The consent form is incomplete."
                    + " Please start again from your application.");
            return;
        }
        Optional<String> browserToken = steps.readConsentCookie(request, requestId.get());
        steps.clearConsentCookie(response, requestId.get());
        steps.send(response, decide.decide(new DecideConsentUseCase.Command(requestId.get(), csrfToken.get(),
                browserToken, approved.get(), form.get("provider"))));
    }

    /**
     * The button pressed: {@code decision=approve} (one provider), {@code provider=<name>} ("Continue
     * with …", several) or {@code decision=deny}. A browser sends only the pressed button, so anything
     * else (both, neither, another value) is not a decision.
     */
    private static Optional<Boolean> decision(FormParameters form) {
        Optional<String> decision = form.get("decision");
        if (form.get("provider").isPresent()) {
            return decision.isEmpty() ? Optional.of(true) : Optional.empty();
        }
        return decision.filter(value -> value.equals("approve") || value.equals("deny"))
                .map(value -> value.equals("approve"));
    }
}
