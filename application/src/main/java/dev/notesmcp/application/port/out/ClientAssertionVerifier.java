package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.ClientAssertion;
import dev.notesmcp.domain.oauth.ClientKeys;

import java.util.Objects;

/**
 * Checks the signature of a client's JWT assertion ({@code private_key_jwt}, RFC 7523 §2.2)
 * against the keys its metadata document names, and reads its claims. Which claims make it
 * acceptable is the domain's {@link ClientAssertion#refusal}; this port only vouches that the
 * client's key signed them. Asymmetric algorithms only: {@code none} and HMAC are refused.
 */
public interface ClientAssertionVerifier {

    Verification verify(String assertion, ClientKeys keys);

    sealed interface Verification {
    }

    record Verified(ClientAssertion assertion) implements Verification {
        public Verified {
            Objects.requireNonNull(assertion, "assertion");
        }
    }

    /** Not signed by the client's key, malformed, or its keys could not be had; {@code reason} is for the developer. */
    record Invalid(String reason) implements Verification {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
