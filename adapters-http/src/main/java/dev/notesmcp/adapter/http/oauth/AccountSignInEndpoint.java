package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.adapter.http.page.HtmlPages;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code POST /account/sign-in} ({@code provider}, from the connected-apps page's buttons) sends
 * the browser to the provider with a fresh upstream sign-in kept in {@link AccountSignInCookie};
 * {@link LoginCallbackEndpoint} hands a callback whose {@code state} is that sign-in's to
 * {@link #complete}, which remembers the user in this browser and goes back to {@code /account}.
 * Every other callback continues the authorization flow as before.
 */
public final class AccountSignInEndpoint implements HttpService {

    public static final String PATH = "/account/sign-in";

    private final String accountPage;
    private final AccountSignInUseCase signIn;
    private final AccountSignInCookie started;
    private final RememberedUserCookie rememberedUser;
    private final SameOriginForm fromOurOwnPage;

    AccountSignInEndpoint(HttpSettings settings, AccountSignInUseCase signIn, AccountSignInCookie started,
                          RememberedUserCookie rememberedUser) {
        this.accountPage = settings.publicUrl() + AccountEndpoint.PATH;
        this.signIn = signIn;
        this.started = started;
        this.rememberedUser = rememberedUser;
        this.fromOurOwnPage = new SameOriginForm(settings);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::start);
        MethodNotAllowed.register(rules, PATH, Method.POST);
    }

    private void start(ServerRequest request, ServerResponse response) {
        if (!fromOurOwnPage.test(request)) {
            HtmlPages.error(response, Status.FORBIDDEN_403, "This sign-in was not started from the connected-apps page.");
            return;
        }
        Optional<String> provider = FormBody.read(request) instanceof FormBody.Parsed(FormParameters form)
                ? form.get("provider") : Optional.empty();
        switch (signIn.start(provider.orElse(""))) {
            case AccountSignInUseCase.RedirectToProvider redirect -> {
                started.set(response, redirect.signIn());
                redirect(response, redirect.location().toString());
            }
            case AccountSignInUseCase.UnknownProvider unknown ->
                    HtmlPages.error(response, Status.BAD_REQUEST_400, unknown.message());
        }
    }

    /** Whether the callback's {@code state} is the one of the sign-in this browser started here. */
    boolean startedHere(ServerRequest request, Optional<String> state) {
        return state.isPresent() && started.read(request).map(UpstreamSignIn::state)
                .filter(kept -> MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII),
                        state.get().getBytes(StandardCharsets.UTF_8)))
                .isPresent();
    }

    void complete(ServerRequest request, ServerResponse response, String provider, FormParameters query) {
        Optional<UpstreamSignIn> kept = started.read(request);
        started.clear(response);
        switch (signIn.complete(new AccountSignInUseCase.Command(provider, query.get("state"), kept,
                query.get("code"), query.get("error")))) {
            case AccountSignInUseCase.SignedIn signedIn -> {
                rememberedUser.set(response, signedIn.user());
                redirect(response, accountPage);
            }
            case AccountSignInUseCase.NotSignedIn notSignedIn ->
                    HtmlPages.error(response, Status.FORBIDDEN_403, notSignedIn.message());
        }
    }

    private static void redirect(ServerResponse response, String location) {
        response.status(Status.SEE_OTHER_303)
                .header(HeaderNames.LOCATION, location)
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }
}
