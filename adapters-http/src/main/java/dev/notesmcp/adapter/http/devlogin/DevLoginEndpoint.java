package dev.notesmcp.adapter.http.devlogin;

import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.oauth.AuthorizationEndpoint;
import dev.notesmcp.adapter.http.oauth.FormBody;
import dev.notesmcp.adapter.http.oauth.FormParameters;
import dev.notesmcp.adapter.http.page.HtmlPages;
import io.helidon.http.Method;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The dev login page: {@code GET} shows a user-name form, {@code POST} "signs in" and returns to our callback. */
public final class DevLoginEndpoint implements HttpService {

    public static final String PATH = "/oauth/dev/login";

    private final DevIdentityProvider provider;
    private final URI callback;
    private final String formAction;

    public DevLoginEndpoint(DevIdentityProvider provider, URI publicUrl) {
        this.provider = provider;
        this.formAction = publicUrl + PATH;
        this.callback = URI.create(publicUrl + AuthorizationEndpoint.callbackPath(DevIdentityProvider.NAME));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::form).post(PATH, this::signIn);
        MethodNotAllowed.register(rules, PATH, Method.GET, Method.POST);
    }

    private void form(ServerRequest request, ServerResponse response) {
        Optional<String> state = request.query().first("state").asOptional().filter(value -> !value.isEmpty());
        if (state.isEmpty()) {
            HtmlPages.error(response, Status.BAD_REQUEST_400,
                    "The development sign-in needs a state; start from your application.");
            return;
        }
        HtmlPages.devLogin(response, formAction, state.get());
    }

    private void signIn(ServerRequest request, ServerResponse response) {
        Optional<FormParameters> form = FormBody.read(request) instanceof FormBody.Parsed(FormParameters parsed)
                ? Optional.of(parsed) : Optional.empty();
        Optional<String> state = form.flatMap(f -> f.get("state"));
        Optional<String> userName = form.flatMap(f -> f.get("username")).map(String::strip);
        if (state.isEmpty() || userName.isEmpty() || !DevIdentityProvider.USER_NAME.matcher(userName.get()).matches()) {
            HtmlPages.error(response, Status.BAD_REQUEST_400,
                    "Use 1 to 39 letters, digits, dots, dashes or underscores as the user name.");
            return;
        }
        String code = provider.signIn(userName.get());
        response.status(Status.FOUND_302)
                .header(HeaderNames.LOCATION, callback + "?code=" + encode(code) + "&state=" + encode(state.get()))
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
