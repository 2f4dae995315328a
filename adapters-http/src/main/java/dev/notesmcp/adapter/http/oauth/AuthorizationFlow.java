package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import io.helidon.webserver.http.HttpService;

import java.util.List;

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
        boolean secure = "https".equalsIgnoreCase(settings.publicUrl().getScheme());
        AuthorizationSteps steps = new AuthorizationSteps(settings.publicUrl() + ConsentEndpoint.PATH, secure);
        RememberedUserCookie rememberedUser = new RememberedUserCookie(cookieKey, secure);
        return List.of(new AuthorizationEndpoint(start, steps, rememberedUser),
                new ConsentEndpoint(settings, decide, steps),
                new LoginCallbackEndpoint(complete, steps, rememberedUser));
    }
}
