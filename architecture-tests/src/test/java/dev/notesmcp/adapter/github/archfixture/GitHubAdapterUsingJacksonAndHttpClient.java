package dev.notesmcp.adapter.github.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;

/** GitHub sign-in calls GitHub with the JDK HTTP client and reads its JSON with Jackson: allowed. */
public final class GitHubAdapterUsingJacksonAndHttpClient {

    public ObjectMapper jackson() {
        return null;
    }

    public HttpClient http() {
        return null;
    }
}
