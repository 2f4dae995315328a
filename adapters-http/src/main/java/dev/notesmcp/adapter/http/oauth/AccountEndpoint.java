package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.page.AccountPage;
import dev.notesmcp.adapter.http.page.AccountSignInPage;
import dev.notesmcp.adapter.http.page.ConsentPage;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase;
import dev.notesmcp.domain.account.ConnectedApp;
import dev.notesmcp.domain.identity.UserId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code GET /account}: the signed-in user's connected apps (the remembered-user cookie says who),
 * else the sign-in page; {@code POST /account/revoke} ({@code client_id}, {@code csrf_token}) and
 * {@code POST /account/sign-out}, each refused with 403 unless posted from our own page with this
 * browser's CSRF token by a signed-in user, and answered 303 back to the page.
 */
public final class AccountEndpoint implements HttpService {

    public static final String PATH = "/account";
    public static final String REVOKE = "/account/revoke";
    public static final String SIGN_OUT = "/account/sign-out";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String base;
    private final ConnectedAppsUseCase apps;
    private final AccountSignInUseCase signIn;
    private final RememberedUserCookie rememberedUser;
    private final AccountCsrf csrf;
    private final SameOriginForm fromOurOwnPage;

    AccountEndpoint(HttpSettings settings, ConnectedAppsUseCase apps, AccountSignInUseCase signIn,
                    RememberedUserCookie rememberedUser, AccountCsrf csrf) {
        this.base = settings.publicUrl().toString();
        this.apps = apps;
        this.signIn = signIn;
        this.rememberedUser = rememberedUser;
        this.csrf = csrf;
        this.fromOurOwnPage = new SameOriginForm(settings);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::page)
                .post(REVOKE, this::revoke)
                .post(SIGN_OUT, this::signOut);
        MethodNotAllowed.register(rules, PATH, Method.GET);
        MethodNotAllowed.register(rules, REVOKE, Method.POST);
        MethodNotAllowed.register(rules, SIGN_OUT, Method.POST);
    }

    private void page(ServerRequest request, ServerResponse response) {
        Optional<UserId> user = rememberedUser.read(request);
        if (user.isEmpty()) {
            HtmlPages.accountSignIn(response, new AccountSignInPage(base + AccountSignInEndpoint.PATH,
                    signIn.signInOptions().stream()
                            .map(option -> new ConsentPage.SignInChoice(option.provider(), option.displayName()))
                            .toList()));
            return;
        }
        String token = csrf.tokenFor(request, response, user.get());
        boolean revoked = request.query().contains("revoked");
        HtmlPages.account(response, new AccountPage(user.get().value(),
                apps.connectedApps(user.get()).stream().map(AccountEndpoint::shown).toList(), token,
                base + REVOKE, base + SIGN_OUT, revoked));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        Optional<Checked> checked = check(request, response);
        if (checked.isEmpty()) {
            return;
        }
        switch (apps.revoke(checked.get().user(), checked.get().form().get("client_id").orElse(null))) {
            case ConnectedAppsUseCase.Revoked revoked -> seeOther(response, PATH + "?revoked=1");
            case ConnectedAppsUseCase.NotConnected none -> HtmlPages.error(response, Status.NOT_FOUND_404,
                    "That app has no access to your notes, so there was nothing to revoke.");
        }
    }

    private void signOut(ServerRequest request, ServerResponse response) {
        if (check(request, response).isPresent()) {
            rememberedUser.clear(response);
            csrf.clear(response);
            seeOther(response, PATH);
        }
    }

    /** Our own page, a signed-in user, a readable form, this browser's token; otherwise answered here. */
    private Optional<Checked> check(ServerRequest request, ServerResponse response) {
        if (!fromOurOwnPage.test(request)) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "This was not sent from the connected-apps page;"
                    + " nothing was changed.");
            return Optional.empty();
        }
        Optional<UserId> user = rememberedUser.read(request);
        FormBody.Reading body = FormBody.read(request);
        if (user.isEmpty()) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "You are not signed in; nothing was changed.");
            return Optional.empty();
        }
        if (!(body instanceof FormBody.Parsed(FormParameters form))) {
            HtmlPages.error(response, Status.BAD_REQUEST_400, "The form could not be read; nothing was changed.");
            return Optional.empty();
        }
        if (!csrf.accepts(request, user.get(), form.get("csrf_token"))) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "This form has expired or was not sent from the"
                    + " connected-apps page; nothing was changed. Please reload the page and try again.");
            return Optional.empty();
        }
        return Optional.of(new Checked(user.get(), form));
    }

    private void seeOther(ServerResponse response, String path) {
        response.status(Status.SEE_OTHER_303)
                .header(HeaderNames.LOCATION, base + path)
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }

    private static AccountPage.App shown(ConnectedApp app) {
        return new AccountPage.App(app.client().value(), app.name(), app.verifiedHost().orElse(null),
                app.scopes().values().stream()
                        .map(scope -> new ConsentPage.Permission(capitalized(scope.description()), scope.value()))
                        .toList(),
                time(app.firstUse()), time(app.lastUse()));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Checked(UserId user, FormParameters form) {
    }
}
