package dev.notesmcp.adapter.cimd;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.net.Proxy;
import java.net.Socket;

/**
 * Builds the Apache HttpClient 5 classic client behind {@link GuardedHttpClient}: every name goes
 * through the given {@link DnsResolver}; no proxy of any kind (no route planner that reads the
 * system's proxies, and sockets made with {@link Proxy#NO_PROXY} so that {@code socksProxyHost}
 * cannot route them either); no redirects, retries, cookies, authentication or content
 * decompression (a compressed body would escape the size cap); a small bounded pool; TLS checks
 * the certificate against the URL's host name (JSSE's HTTPS endpoint identification).
 */
final class PinnedHttpClients {

    static final int MAX_CONNECTIONS = 20;
    static final int MAX_CONNECTIONS_PER_HOST = 4;

    private PinnedHttpClients() {
    }

    static CloseableHttpClient create(DnsResolver resolver, SSLContext tls) {
        DefaultClientTlsStrategy strategy = new DefaultClientTlsStrategy(tls, HostnameVerificationPolicy.BUILTIN, null);
        // The operator's own constructor is the one place that takes the socket factory; the
        // pool builder would make sockets that honour a JVM-wide SOCKS proxy setting.
        DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(
                proxy -> new Socket(Proxy.NO_PROXY), DefaultSchemePortResolver.INSTANCE, resolver,
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, strategy)
                        .build());
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(operator,
                PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.ofMinutes(1), null);
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setDefaultMaxPerRoute(MAX_CONNECTIONS_PER_HOST);
        pool.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(GuardedHttpClient.CONNECT_TIMEOUT))
                .setSocketTimeout(Timeout.of(GuardedHttpClient.TOTAL_TIMEOUT))
                .setTimeToLive(TimeValue.ofMinutes(1))
                .build());
        pool.setDefaultTlsConfig(TlsConfig.custom()
                .setHandshakeTimeout(Timeout.of(GuardedHttpClient.CONNECT_TIMEOUT))
                .setSupportedProtocols(TLS.V_1_3, TLS.V_1_2)
                .build());
        return HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(GuardedHttpClient.TOTAL_TIMEOUT))
                        .setResponseTimeout(Timeout.of(GuardedHttpClient.TOTAL_TIMEOUT))
                        .setRedirectsEnabled(false)
                        .setAuthenticationEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .disableConnectionState()
                .setUserAgent("notes-mcp")
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }
}
