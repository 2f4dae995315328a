package dev.notesmcp.adapter.github.archfixture;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Apache HttpClient belongs to the metadata-document adapter: the GitHub adapter may not use it. */
public final class GitHubAdapterUsingApacheHttpClient {

    public CloseableHttpClient http() {
        return null;
    }
}
