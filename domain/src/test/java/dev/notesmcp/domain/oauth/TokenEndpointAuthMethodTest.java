package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 7591 §2 names. */
class TokenEndpointAuthMethodTest {

    @Test
    void wireNames() {
        assertThat(TokenEndpointAuthMethod.NONE.value()).isEqualTo("none");
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_POST.value()).isEqualTo("client_secret_post");
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC.value()).isEqualTo("client_secret_basic");
        assertThat(TokenEndpointAuthMethod.PRIVATE_KEY_JWT.value()).isEqualTo("private_key_jwt");
    }

    @Test
    void onlyTheSecretMethodsUseASharedSecret() {
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_POST.usesSharedSecret()).isTrue();
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC.usesSharedSecret()).isTrue();
        assertThat(TokenEndpointAuthMethod.PRIVATE_KEY_JWT.usesSharedSecret()).isFalse();
        assertThat(TokenEndpointAuthMethod.PRIVATE_KEY_JWT.isConfidential()).isTrue();
        assertThat(TokenEndpointAuthMethod.NONE.usesSharedSecret()).isFalse();
    }

    @Test
    void onlyNoneIsPublic() {
        assertThat(TokenEndpointAuthMethod.NONE.isConfidential()).isFalse();
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_POST.isConfidential()).isTrue();
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC.isConfidential()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TokenEndpointAuthMethod.class)
    void readsBackItsWireName(TokenEndpointAuthMethod method) {
        assertThat(TokenEndpointAuthMethod.fromValue(method.value())).isEqualTo(method);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"NONE", "None", "client_secret_jwt", "Private_Key_Jwt", "tls_client_auth",
            "CLIENT_SECRET_POST", "client_secret_basic ", "basic"})
    void refusesOtherNames(String value) {
        assertThatThrownBy(() -> TokenEndpointAuthMethod.fromValue(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("token_endpoint_auth_method"));
    }
}
