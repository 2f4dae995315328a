package dev.notesmcp.adapter.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Trades the code from the callback for tokens at the token endpoint (OpenID Connect Core §3.1.3):
 * with our client secret (HTTP Basic unless the provider only takes it in the form, RFC 6749
 * §2.3.1), the callback URL and the sign-in's PKCE verifier (RFC 7636 §4.5).
 */
final class CodeExchange {

    private final URI tokenEndpoint;
    private final ClientAuthentication client;
    private final BoundedHttp http;
    private final Failures failures;

    CodeExchange(ProviderProfile profile, OIDCProviderMetadata metadata, BoundedHttp http, Failures failures) {
        this.tokenEndpoint = metadata.getTokenEndpointURI();
        this.client = authentication(profile, metadata.getTokenEndpointAuthMethods());
        this.http = http;
        this.failures = failures;
    }

    /** The tokens, with an ID token; anything else is a {@link SignInFailure}. */
    OIDCTokens exchange(String code, String codeVerifier, URI callback) {
        TokenRequest request = new TokenRequest(tokenEndpoint, client,
                new AuthorizationCodeGrant(new AuthorizationCode(code), callback, new CodeVerifier(codeVerifier)));
        HTTPResponse response;
        try {
            response = request.toHTTPRequest().send(http);
        } catch (IOException e) {
            throw failures.call("token exchange", e);
        }
        TokenResponse answer;
        try {
            answer = OIDCTokenResponseParser.parse(response);
        } catch (ParseException e) {
            throw new SignInFailure(failures.messages().unexpected(), "token exchange: HTTP " + response.getStatusCode()
                    + " but no token response (" + Printable.of(e.getMessage()) + ")");
        }
        if (!answer.indicatesSuccess()) {
            throw failures.refusal("token exchange", answer.toErrorResponse().getErrorObject(), response.getStatusCode());
        }
        if (!(answer.toSuccessResponse() instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDToken() == null) {
            throw new SignInFailure(failures.messages().unexpected(),
                    "token exchange: the answer carries no ID token (is openid among the scopes?)");
        }
        return oidc.getOIDCTokens();
    }

    /** RFC 8414 §2: a provider that lists no methods takes client_secret_basic. */
    private static ClientAuthentication authentication(ProviderProfile profile, List<ClientAuthenticationMethod> methods) {
        ClientID id = new ClientID(profile.clientId());
        Secret secret = new Secret(profile.clientSecret());
        if (methods == null || methods.isEmpty() || methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)) {
            return new ClientSecretBasic(id, secret);
        }
        if (methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(id, secret);
        }
        throw new ProviderDiscoveryException("the OpenID Connect provider " + profile.issuerVariable() + "="
                + profile.issuer() + " takes neither client_secret_basic nor client_secret_post at its token endpoint");
    }
}
