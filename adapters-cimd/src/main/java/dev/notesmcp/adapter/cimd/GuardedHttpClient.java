package dev.notesmcp.adapter.cimd;

import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * One guarded GET, shared by metadata documents and JWK Sets: https only (plain http only for a
 * loopback URL when loopback is allowed), addresses vetted and pinned by {@link GuardedDnsResolver},
 * no proxy, no redirect, {@code 200} with an expected media type only, at most a given number of
 * bytes read, {@link #CONNECT_TIMEOUT} to connect and {@link #TOTAL_TIMEOUT} for the whole call:
 * at that deadline the request is cancelled, however slowly its body still drips.
 */
final class GuardedHttpClient implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(3);

    private final boolean allowLoopback;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    GuardedHttpClient(boolean allowLoopback, HostResolution resolution, SSLContext tls) {
        this.allowLoopback = allowLoopback;
        this.client = PinnedHttpClients.create(new GuardedDnsResolver(resolution, new AddressGuard(allowLoopback)), tls);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "cimd-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.deadlines = scheduler;
    }

    /** What a GET should bring back: sent as {@code Accept}, checked against {@code Content-Type}. */
    record Wanted(String accept, Predicate<String> mediaType, int maxBytes) {
    }

    sealed interface Response {
    }

    /** A {@code 200} of the wanted type within the size; {@code cacheControl} are its header values. */
    record Body(byte[] bytes, List<String> cacheControl) implements Response {
    }

    /** Nothing usable came; {@code reason} is for the developer (no response body in it). */
    record Failure(String reason) implements Response {
    }

    Response get(MetadataDocumentUrl url, Wanted wanted) {
        if (url.isLoopbackHttp() && !allowLoopback) {
            return new Failure("it is not served over https");
        }
        HttpGet request = new HttpGet(url.uri());
        request.setHeader(HttpHeaders.ACCEPT, wanted.accept());
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            late.set(true);
            request.cancel(); // closes the socket under a read that is still waiting for bytes
        }, TOTAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        boolean complete = false;
        try {
            response = client.executeOpen(null, request, null);
            Response result = read(response, wanted);
            complete = result instanceof Body;
            return result;
        } catch (IOException e) {
            return new Failure(late.get() ? "its host did not send it within " + TOTAL_TIMEOUT.toSeconds() + " seconds"
                    : FetchFailures.reason(e, wanted.maxBytes()));
        } finally {
            deadline.cancel(false);
            if (!complete) {
                request.cancel(); // drop the connection rather than drain what we will not read
            }
            if (response != null) {
                closeQuietly(response);
            }
        }
    }

    private static Response read(ClassicHttpResponse response, Wanted wanted) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400) {
            return new Failure("its host answered " + status + " (a redirect, which is never followed)");
        }
        if (status != 200) {
            return new Failure("its host answered " + status + " instead of 200");
        }
        Header contentType = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = contentType == null ? ""
                : contentType.getValue().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!wanted.mediaType().test(mediaType)) {
            return new Failure("it is served as " + (mediaType.isEmpty() ? "no content type" : mediaType)
                    + ", not " + wanted.accept());
        }
        HttpEntity entity = response.getEntity();
        if (entity != null && entity.getContentLength() > wanted.maxBytes()) {
            throw new BoundedBody.TooLarge();
        }
        byte[] bytes = new byte[0];
        if (entity != null) {
            InputStream in = entity.getContent();
            bytes = BoundedBody.read(in, wanted.maxBytes()); // at the end the connection goes back to the pool
        }
        List<String> cacheControl = Arrays.stream(response.getHeaders(HttpHeaders.CACHE_CONTROL))
                .map(Header::getValue).toList();
        return new Body(bytes, cacheControl);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // The connection was already released or dropped; nothing is left to free.
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}
