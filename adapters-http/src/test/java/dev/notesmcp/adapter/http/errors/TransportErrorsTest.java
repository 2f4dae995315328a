package dev.notesmcp.adapter.http.errors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which unparseable requests get our HTML error page instead of JSON: the pages a browser navigates to. */
class TransportErrorsTest {

    @Test
    void theAuthorizationFlowTheCallbacksAndTheConnectedAppsPageAreBrowserRoutes() {
        for (String path : new String[] {"/authorize", "/authorize/consent", "/oauth/dev/callback", "/account",
                "/account/revoke"}) {
            assertThat(TransportErrors.isBrowserRoute(path)).as(path).isTrue();
        }
        for (String path : new String[] {"/mcp", "/token", "/accounts", "/authorized", null}) {
            assertThat(TransportErrors.isBrowserRoute(path)).as(String.valueOf(path)).isFalse();
        }
    }
}
