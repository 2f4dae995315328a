package dev.notesmcp.adapter.http.devlogin;

import dev.notesmcp.adapter.http.oauth.AuthorizationEndpoint;
import dev.notesmcp.adapter.http.oauth.BrowserForms;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    }

    private void form(ServerRequest request, ServerResponse response) {
        Optional<String> state = request.query().first("state").asOptional();
        if (state.isEmpty()) {
            BrowserForms.errorPage(response, "The development sign-in needs a state; start from your application.");
            return;
        }
        BrowserForms.page(response, "Development sign-in", "<h1>Development sign-in</h1><div class=\"box\">"
                + "<p>This server runs with the <code>dev</code> identity provider: pick any user name."
                + " Notes belong to <code>dev:&lt;name&gt;</code>.</p>"
                + "<form method=\"post\" action=\"" + BrowserForms.escape(formAction) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + BrowserForms.escape(state.get()) + "\">"
                + "<p><label>User name <input name=\"username\" required pattern=\"[A-Za-z0-9][A-Za-z0-9._\\-]{0,38}\""
                + " autofocus></label></p><button type=\"submit\">Sign in</button></form></div>");
    }

    private void signIn(ServerRequest request, ServerResponse response) {
        Optional<Map<String, String>> form = BrowserForms.read(request);
        Optional<String> state = form.map(f -> f.get("state")).filter(s -> !s.isEmpty());
        Optional<String> userName = form.map(f -> f.get("username")).map(String::strip);
        if (state.isEmpty() || userName.isEmpty() || !DevIdentityProvider.USER_NAME.matcher(userName.get()).matches()) {
            BrowserForms.errorPage(response, "Use 1 to 39 letters, digits, dots, dashes or underscores as the user name.");
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
