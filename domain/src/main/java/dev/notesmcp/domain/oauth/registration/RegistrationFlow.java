package dev.notesmcp.domain.oauth.registration;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;

import java.util.List;
import java.util.Optional;

/**
 * The grant and response types a client is registered with. The only flow here is the
 * authorization code one, optionally with refresh tokens: anything else a client lists (VS Code's
 * {@code device_code}, {@code client_credentials}, {@code implicit}…) is dropped, as RFC 7591 §2
 * lets the server replace requested values, and the registered ones are returned. Refused only when
 * what is left cannot obtain a token: no {@code authorization_code} grant, or no {@code code}
 * response type to go with it (RFC 7591 §2.1).
 */
record RegistrationFlow(List<String> grantTypes, List<String> responseTypes) {

    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String CODE = "code";

    private static final List<String> SUPPORTED_GRANT_TYPES = List.of(AUTHORIZATION_CODE, REFRESH_TOKEN);

    /** Throws {@link InvalidValueException} when nothing usable is left, or a value is not Unicode text. */
    static RegistrationFlow narrowed(Optional<List<String>> requestedGrantTypes,
                                     Optional<List<String>> requestedResponseTypes) {
        List<String> grantTypes = supported("grant_types", requestedGrantTypes.orElse(List.of(AUTHORIZATION_CODE)),
                SUPPORTED_GRANT_TYPES);
        List<String> responseTypes = supported("response_types", requestedResponseTypes.orElse(List.of(CODE)),
                List.of(CODE));
        if (!grantTypes.contains(AUTHORIZATION_CODE)) {
            throw new InvalidValueException("grant_types", "must include authorization_code, the only way to obtain"
                    + " tokens here (this server supports authorization_code and refresh_token)");
        }
        if (!responseTypes.contains(CODE)) {
            throw new InvalidValueException("response_types", "must include code: the authorization_code grant goes"
                    + " with the code response type, the only one this server supports");
        }
        return new RegistrationFlow(grantTypes, responseTypes);
    }

    /** The supported values, in the client's order, without duplicates. */
    private static List<String> supported(String field, List<String> requested, List<String> supported) {
        // Ill-formed text is a broken request, not an unsupported value: refused, never repeated.
        requested.forEach(value -> WellFormedText.require(field, value == null ? "" : value));
        return requested.stream().distinct().filter(supported::contains).toList();
    }
}
