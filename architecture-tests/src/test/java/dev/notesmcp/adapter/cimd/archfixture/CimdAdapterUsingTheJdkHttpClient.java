package dev.notesmcp.adapter.cimd.archfixture;

import java.net.http.HttpClient;

/** The JDK HTTP client resolves names itself, so the metadata-document adapter may not use it. */
public final class CimdAdapterUsingTheJdkHttpClient {

    public HttpClient http() {
        return null;
    }
}
