package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase;
import io.helidon.webserver.http.HttpService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The browser side of the authorization flow: {@link AuthorizationEndpoint}, {@link ConsentEndpoint}
 * and {@link LoginCallbackEndpoint}, built together because they share the flow's cookies.
 */
public final class AuthorizationFlow {

    private AuthorizationFlow() {
    }

    /**
     * @param cookieKey the HMAC key for the remembered-user cookie (at least 32 random bytes;
     *                  instances behind one URL must share it)
     */
    public static List<HttpService> endpoints(HttpSettings settings,
                                              StartAuthorizationUseCase start, DecideConsentUseCase decide,
                                              CompleteLoginUseCase complete, byte[] cookieKey) {
        return endpoints(settings, start, decide, complete, cookieKey, Optional.empty());
    }

    /**
     * The flow and the connected-apps page ({@link AccountEndpoint}, {@link AccountSignInEndpoint}),
     * which shares the remembered-user cookie and the provider callback with it.
     */
    public static List<HttpService> endpoints(HttpSettings settings,
                                              StartAuthorizationUseCase start, DecideConsentUseCase decide,
                                              CompleteLoginUseCase complete, byte[] cookieKey,
                                              ConnectedAppsUseCase apps, AccountSignInUseCase accountSignIn,
                                              Clock clock) {
        return endpoints(settings, start, decide, complete, cookieKey,
                Optional.of(new Account(apps, accountSignIn, clock)));
    }

    private static List<HttpService> endpoints(HttpSettings settings, StartAuthorizationUseCase start,
                                               DecideConsentUseCase decide, CompleteLoginUseCase complete,
                                               byte[] cookieKey, Optional<Account> account) {
        boolean secure = "https".equalsIgnoreCase(settings.publicUrl().getScheme());
        AuthorizationSteps steps = new AuthorizationSteps(settings.publicUrl() + ConsentEndpoint.PATH, secure);
        RememberedUserCookie rememberedUser = new RememberedUserCookie(cookieKey, secure);
        Optional<AccountSignInEndpoint> accountSignIn = account.map(a -> new AccountSignInEndpoint(settings,
                a.signIn(), new AccountSignInCookie(cookieKey, secure, a.clock()), rememberedUser));
        List<HttpService> services = new ArrayList<>(List.of(new AuthorizationEndpoint(start, steps, rememberedUser),
                new ConsentEndpoint(settings, decide, steps),
                new LoginCallbackEndpoint(complete, steps, rememberedUser, accountSignIn)));
        account.ifPresent(a -> services.add(new AccountEndpoint(settings, a.apps(), a.signIn(), rememberedUser,
                new AccountCsrf(cookieKey, secure))));
        accountSignIn.ifPresent(services::add);
        return List.copyOf(services);
    }

    private record Account(ConnectedAppsUseCase apps, AccountSignInUseCase signIn, Clock clock) {
    }
}
