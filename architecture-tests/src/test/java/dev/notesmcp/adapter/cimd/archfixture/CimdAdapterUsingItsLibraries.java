package dev.notesmcp.adapter.cimd.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The metadata-document adapter reads JSON with Jackson, fetches with Apache HttpClient (pinned
 * to vetted addresses) and checks client assertions with Nimbus JOSE: allowed.
 */
public final class CimdAdapterUsingItsLibraries {

    public ObjectMapper jackson() {
        return null;
    }

    public CloseableHttpClient http() {
        return null;
    }

    public JWKSet keys() {
        return null;
    }
}
