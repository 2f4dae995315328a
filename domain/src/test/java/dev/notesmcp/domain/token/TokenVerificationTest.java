package dev.notesmcp.domain.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenVerificationTest {

    @Test
    void rejectedCarriesItsReason() {
        assertThat(TokenVerification.rejected("token expired"))
                .isEqualTo(new TokenVerification.Rejected("token expired"));
    }

    @Test
    void verifiedCarriesItsClaims() {
        AccessTokenClaims claims = Claims.claims(Scopes.all());

        assertThat(new TokenVerification.Verified(claims).claims()).isEqualTo(claims);
    }

    @Test
    void verifiedRequiresClaims() {
        assertThatThrownBy(() -> new TokenVerification.Verified(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectedRequiresAReason() {
        assertThatThrownBy(() -> new TokenVerification.Rejected(null)).isInstanceOf(NullPointerException.class);
    }
}
