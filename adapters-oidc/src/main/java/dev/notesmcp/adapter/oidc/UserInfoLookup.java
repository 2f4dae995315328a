package dev.notesmcp.adapter.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;

import java.io.IOException;
import java.net.URI;

/**
 * Asks the provider's userinfo endpoint about the user who just signed in (OpenID Connect Core
 * §5.3) with the access token from the code exchange, which is then dropped. The answer must be
 * about the ID token's subject (§5.3.2); a signed or encrypted (JWT) answer is not supported.
 */
final class UserInfoLookup {

    private final URI endpoint;
    private final BoundedHttp http;
    private final Failures failures;

    /** {@code endpoint} is null when the provider has none. */
    UserInfoLookup(URI endpoint, BoundedHttp http, Failures failures) {
        this.endpoint = endpoint;
        this.http = http;
        this.failures = failures;
    }

    boolean available() {
        return endpoint != null;
    }

    UserInfo fetch(AccessToken token, Subject subject) {
        if (!(token instanceof BearerAccessToken bearer)) {
            throw new SignInFailure(failures.messages().unexpected(), "userinfo: the access token is not a bearer token");
        }
        HTTPResponse response;
        try {
            response = new UserInfoRequest(endpoint, bearer).toHTTPRequest().send(http);
        } catch (IOException e) {
            throw failures.call("userinfo", e);
        }
        UserInfoResponse answer;
        try {
            answer = UserInfoResponse.parse(response);
        } catch (ParseException e) {
            throw new SignInFailure(failures.messages().unexpected(), "userinfo: HTTP " + response.getStatusCode()
                    + " but no userinfo answer (" + Printable.of(e.getMessage()) + ")");
        }
        if (!answer.indicatesSuccess()) {
            throw failures.refusal("userinfo", answer.toErrorResponse().getErrorObject(), response.getStatusCode());
        }
        UserInfo info = answer.toSuccessResponse().getUserInfo();
        if (info == null) {
            throw new SignInFailure(failures.messages().unexpected(),
                    "userinfo: the answer is a JWT, which is not supported");
        }
        if (!subject.equals(info.getSubject())) {
            throw new SignInFailure(failures.messages().noIdentity(),
                    "userinfo: the answer is about another subject than the ID token (OpenID Connect Core §5.3.2)");
        }
        return info;
    }
}
