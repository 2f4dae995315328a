package dev.notesmcp.adapter.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a provider's metadata from {@code <issuer>/.well-known/openid-configuration} (OpenID Connect
 * Discovery 1.0 §4; a path in the issuer is kept, so a self-managed GitLab under {@code /gitlab}
 * works) and checks what sign-in relies on: the same issuer as configured (§4.3), an authorization
 * and a token endpoint, a JWK set, asymmetric ID token signatures, and every endpoint on https.
 */
final class ProviderDiscovery {

    /** ID tokens signed with the issuer's published keys; HMAC (keyed with our client secret) and none are refused. */
    private static final Set<JWSAlgorithm.Family> ASYMMETRIC = Set.of(
            JWSAlgorithm.Family.RSA, JWSAlgorithm.Family.EC, JWSAlgorithm.Family.ED);

    private ProviderDiscovery() {
    }

    /** The metadata, or a {@link ProviderDiscoveryException} naming {@code variable}. */
    static OIDCProviderMetadata discover(URI issuer, String variable, BoundedHttp http) {
        URL url;
        try {
            url = OIDCProviderMetadata.resolveURL(new Issuer(issuer));
        } catch (GeneralException e) {
            throw problem(variable, issuer, "is not an issuer URL discovery can use");
        }
        OIDCProviderMetadata metadata = read(url, variable, issuer, http);
        String reported = metadata.getIssuer().getValue();
        if (!reported.equals(issuer.toString())) {
            throw new ProviderDiscoveryException(variable + " is " + issuer + " but the provider's discovery document"
                    + " at " + url + " names its issuer " + Printable.of(reported) + "; they must be identical"
                    + " (OpenID Connect Discovery 1.0, section 4.3): set " + variable
                    + " to exactly the provider's issuer");
        }
        requireEndpoint(variable, issuer, "authorization_endpoint", metadata.getAuthorizationEndpointURI());
        requireEndpoint(variable, issuer, "token_endpoint", metadata.getTokenEndpointURI());
        requireEndpoint(variable, issuer, "jwks_uri", metadata.getJWKSetURI());
        if (metadata.getUserInfoEndpointURI() != null) {
            requireEndpoint(variable, issuer, "userinfo_endpoint", metadata.getUserInfoEndpointURI());
        }
        if (signingAlgorithms(metadata).isEmpty()) {
            throw problem(variable, issuer, "signs ID tokens with none of the algorithms we check (RS*, PS*, ES*, EdDSA)");
        }
        return metadata;
    }

    /** The asymmetric algorithms the provider says it signs ID tokens with. */
    static Set<JWSAlgorithm> signingAlgorithms(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs() == null ? List.of() : metadata.getIDTokenJWSAlgs();
        return offered.stream()
                .filter(alg -> ASYMMETRIC.stream().anyMatch(family -> family.contains(alg)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static OIDCProviderMetadata read(URL url, String variable, URI issuer, BoundedHttp http) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, url);
        request.setAccept("application/json");
        HTTPResponse response;
        try {
            response = request.send(http);
        } catch (IOException e) {
            throw problem(variable, issuer, "could not be asked for its discovery document (" + e.getMessage() + ")");
        }
        if (response.getStatusCode() != HTTPResponse.SC_OK) {
            throw problem(variable, issuer, "answered HTTP " + response.getStatusCode() + " for its discovery document "
                    + url + " (is " + variable + " the issuer URL?)");
        }
        try {
            return OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
        } catch (ParseException e) {
            throw problem(variable, issuer, "served a discovery document at " + url + " that is not OpenID provider"
                    + " metadata (" + Printable.of(e.getMessage()) + ")");
        }
    }

    private static void requireEndpoint(String variable, URI issuer, String parameter, URI endpoint) {
        if (endpoint == null) {
            throw problem(variable, issuer, "lists no " + parameter + " in its discovery document");
        }
        if (!SettingsChecks.isSafeEndpoint(endpoint)) {
            throw problem(variable, issuer,
                    "lists a " + parameter + " that is not https: " + Printable.of(endpoint.toString()));
        }
    }

    private static ProviderDiscoveryException problem(String variable, URI issuer, String what) {
        return new ProviderDiscoveryException("the OpenID Connect provider " + variable + "=" + issuer + " " + what);
    }
}
