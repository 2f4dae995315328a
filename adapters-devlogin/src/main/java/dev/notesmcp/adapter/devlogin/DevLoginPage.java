package dev.notesmcp.adapter.devlogin;

import io.helidon.common.uri.UriQuery;
import io.helidon.common.uri.UriValidationException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /oauth/dev/login}: {@code GET} shows a user-name form for the sign-in named by
 * {@code state} and {@code code_challenge}; {@code POST} "signs in" and sends the browser back to
 * our callback with a code and the state, as a real provider would. Registered by bootstrap
 * through the web adapter's seam for pages an identity adapter serves itself.
 */
public final class DevLoginPage implements HttpService {

    public static final String PATH = "/oauth/dev/login";
    private static final int MAX_FORM_BYTES = 4 * 1024;
    private static final Set<Method> SERVED = Set.of(Method.GET, Method.POST);

    private final DevIdentityProvider provider;
    private final String formAction;
    private final URI callback;

    /** @param callback our callback for the dev provider, {@code PUBLIC_URL/oauth/dev/callback} */
    public DevLoginPage(DevIdentityProvider provider, URI publicUrl, URI callback) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.formAction = publicUrl + PATH;
        this.callback = Objects.requireNonNull(callback, "callback");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::form).post(PATH, this::signIn);
        rules.route(method -> !SERVED.contains(method), PathMatchers.exact(PATH), (request, response) ->
                response.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "GET, POST")
                        .header(HeaderNames.CONTENT_TYPE, "application/json")
                        .send("{\"error\":\"method_not_allowed\",\"error_description\":\"this URL answers GET, POST only\"}"));
    }

    private void form(ServerRequest request, ServerResponse response) {
        Optional<String> state = first(request.query(), "state");
        Optional<String> challenge = first(request.query(), "code_challenge")
                .filter(value -> DevIdentityProvider.CODE_CHALLENGE.matcher(value).matches());
        if (state.isEmpty() || challenge.isEmpty()) {
            DevLoginPages.problem(response, "The development sign-in needs the state and code challenge of a"
                    + " sign-in; start from your application.");
            return;
        }
        DevLoginPages.form(response, formAction, state.get(), challenge.get());
    }

    private void signIn(ServerRequest request, ServerResponse response) {
        Optional<UriQuery> form = read(request);
        Optional<String> state = form.flatMap(f -> first(f, "state"));
        Optional<String> challenge = form.flatMap(f -> first(f, "code_challenge"))
                .filter(value -> DevIdentityProvider.CODE_CHALLENGE.matcher(value).matches());
        Optional<String> userName = form.flatMap(f -> first(f, "username")).map(String::strip)
                .filter(name -> DevIdentityProvider.USER_NAME.matcher(name).matches());
        if (state.isEmpty() || challenge.isEmpty()) {
            DevLoginPages.problem(response, "The sign-in form is incomplete; start again from your application.");
            return;
        }
        if (userName.isEmpty()) {
            DevLoginPages.problem(response, "Use 1 to 39 letters, digits, dots, dashes or underscores as the user name.");
            return;
        }
        String code = provider.signIn(userName.get(), challenge.get());
        response.status(Status.FOUND_302)
                .header(HeaderNames.LOCATION, callback + "?code=" + encode(code) + "&state=" + encode(state.get()))
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }

    /** A small urlencoded form; anything else (too large, badly encoded) is no form at all. */
    private static Optional<UriQuery> read(ServerRequest request) {
        try (InputStream body = request.content().inputStream()) {
            byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) {
                return Optional.empty();
            }
            return Optional.of(UriQuery.create(new String(bytes, StandardCharsets.ISO_8859_1), true));
        } catch (IOException | UriValidationException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(UriQuery query, String name) {
        return query.first(name).asOptional().filter(value -> !value.isEmpty());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
