package dev.notesmcp.domain.oauth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 6749 §4.1.2.1 / §5.2, RFC 7009 §2.2.1, RFC 7591 §3.2.2, RFC 8707 §2. */
class OAuthErrorTest {

    @ParameterizedTest
    @CsvSource({
            "INVALID_REQUEST,           invalid_request,           400",
            "INVALID_CLIENT,            invalid_client,            401",
            "INVALID_GRANT,             invalid_grant,             400",
            "UNAUTHORIZED_CLIENT,       unauthorized_client,       400",
            "UNSUPPORTED_GRANT_TYPE,    unsupported_grant_type,    400",
            "UNSUPPORTED_RESPONSE_TYPE, unsupported_response_type, 400",
            "UNSUPPORTED_TOKEN_TYPE,    unsupported_token_type,    400",
            "INVALID_SCOPE,             invalid_scope,             400",
            "INVALID_TARGET,            invalid_target,            400",
            "ACCESS_DENIED,             access_denied,             403",
            "SERVER_ERROR,              server_error,              500",
            "TEMPORARILY_UNAVAILABLE,   temporarily_unavailable,   503",
            "INVALID_REDIRECT_URI,      invalid_redirect_uri,      400",
            "INVALID_CLIENT_METADATA,   invalid_client_metadata,   400"})
    void wireNamesAndStatuses(OAuthErrorCode code, String wire, int status) {
        assertThat(code.value()).isEqualTo(wire);
        assertThat(code.httpStatus()).isEqualTo(status);
    }

    @Test
    void everyCodeIsListedAbove() {
        assertThat(OAuthErrorCode.values()).hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(OAuthErrorCode.class)
    void wireNameIsTheLowerCaseConstantName(OAuthErrorCode code) {
        assertThat(code.value()).isEqualTo(code.name().toLowerCase()).matches("[a-z_]+");
    }

    @Test
    void wireNamesAreDistinct() {
        assertThat(Arrays.stream(OAuthErrorCode.values()).map(OAuthErrorCode::value)).doesNotHaveDuplicates();
    }

    @Test
    void tokenEndpointErrorsAre400Or401() {
        // RFC 6749 §5.2: 400, except 401 for a failed client authentication.
        for (OAuthErrorCode code : new OAuthErrorCode[]{OAuthErrorCode.INVALID_REQUEST, OAuthErrorCode.INVALID_GRANT,
                OAuthErrorCode.UNAUTHORIZED_CLIENT, OAuthErrorCode.UNSUPPORTED_GRANT_TYPE, OAuthErrorCode.INVALID_SCOPE}) {
            assertThat(code.httpStatus()).isEqualTo(400);
        }
        assertThat(OAuthErrorCode.INVALID_CLIENT.httpStatus()).isEqualTo(401);
    }

    @Test
    void factoriesSetTheirCode() {
        assertThat(OAuthError.invalidRequest("a")).isEqualTo(new OAuthError(OAuthErrorCode.INVALID_REQUEST, "a"));
        assertThat(OAuthError.invalidGrant("b")).isEqualTo(new OAuthError(OAuthErrorCode.INVALID_GRANT, "b"));
        assertThat(OAuthError.invalidClient("c")).isEqualTo(new OAuthError(OAuthErrorCode.INVALID_CLIENT, "c"));
        assertThat(OAuthError.of(OAuthErrorCode.INVALID_SCOPE, "d")).isEqualTo(new OAuthError(OAuthErrorCode.INVALID_SCOPE, "d"));
    }

    @Test
    void requiresACodeAndADescription() {
        assertThatThrownBy(() -> new OAuthError(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OAuthError(OAuthErrorCode.INVALID_GRANT, null)).isInstanceOf(NullPointerException.class);
    }
}
