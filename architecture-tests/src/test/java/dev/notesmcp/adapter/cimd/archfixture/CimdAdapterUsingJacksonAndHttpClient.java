package dev.notesmcp.adapter.cimd.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;

/** The metadata-document adapter fetches with the JDK HTTP client and reads JSON with Jackson: allowed. */
public final class CimdAdapterUsingJacksonAndHttpClient {

    public ObjectMapper jackson() {
        return null;
    }

    public HttpClient http() {
        return null;
    }
}
