package dev.notesmcp.adapter.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One configured provider as the relying party sees it, whichever preset made it.
 *
 * @param name            our short name: in the callback URL and every user id ({@code google:<sub>})
 * @param displayName     the name people know it by ("Google")
 * @param issuer          the configured issuer; discovery must report exactly this one
 * @param issuerVariable  the setting it came from, named in every start-up problem
 * @param acceptedIssuers the {@code iss} values an ID token may carry (the issuer, and for Google its
 *                        scheme-less form)
 * @param authorizationParameters extra authorization request parameters (Google's {@code hd} hint)
 * @param userInfo        when the userinfo endpoint is asked
 * @param loginClaims     the claims tried in order for the display login (never an identifier)
 * @param admission       who may sign in once identified
 */
record ProviderProfile(String name, String displayName, URI issuer, String issuerVariable, Set<String> acceptedIssuers,
                       String clientId, String clientSecret, List<String> scopes,
                       Map<String, String> authorizationParameters, UserInfoUse userInfo, List<String> loginClaims,
                       Admission admission, HttpLimits limits) {

    /** When the relying party asks the userinfo endpoint. */
    enum UserInfoUse {
        /** Every sign-in: the preset needs claims only userinfo has (GitLab's username and groups). */
        ALWAYS,
        /** Only when the ID token has none of the login claims and the provider has a userinfo endpoint. */
        WHEN_NO_LOGIN_CLAIM
    }

    ProviderProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuerVariable, "issuerVariable");
        acceptedIssuers = Set.copyOf(acceptedIssuers);
        if (!acceptedIssuers.contains(issuer.toString())) {
            throw new IllegalArgumentException("the configured issuer must be one of the accepted issuers");
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        scopes = List.copyOf(scopes);
        authorizationParameters = Map.copyOf(authorizationParameters);
        Objects.requireNonNull(userInfo, "userInfo");
        loginClaims = List.copyOf(loginClaims);
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String toString() {
        return "ProviderProfile[name=" + name + ", issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
