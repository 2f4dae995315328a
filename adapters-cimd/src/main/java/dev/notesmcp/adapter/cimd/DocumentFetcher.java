package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetch;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetched;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Unavailable;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One guarded GET of a metadata document. The host is resolved first and every address it
 * resolves to must pass the {@link AddressGuard}; only then does the JDK client connect. The JDK
 * client cannot be handed the vetted address (it resolves the name again for TLS), so the second
 * lookup is answered from the JVM's own address cache (networkaddress.cache.ttl, 30 s by
 * default) that the first one filled: a rebinding DNS answer would have to land between two
 * lookups milliseconds apart. Redirects are never followed, at most {@link #MAX_BYTES} are read,
 * the connection gets {@link #CONNECT_TIMEOUT} and the whole call {@link #TOTAL_TIMEOUT}.
 */
final class DocumentFetcher {

    static final int MAX_BYTES = 5 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final AddressGuard guard;
    private final boolean allowLoopback;

    DocumentFetcher(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
        this.guard = new AddressGuard(allowLoopback);
    }

    /** The outcome, and how long it may be reused. */
    record Outcome(Fetch fetch, Duration lifetime) {
    }

    Outcome fetch(MetadataDocumentUrl url) {
        if (url.isLoopbackHttp() && !allowLoopback) {
            return failed("it is not served over https");
        }
        Optional<String> refusal = vet(url.uri().getHost());
        if (refusal.isPresent()) {
            return failed(refusal.get());
        }
        HttpRequest request = HttpRequest.newBuilder(url.uri()).GET().timeout(TOTAL_TIMEOUT)
                .header("Accept", "application/json").header("User-Agent", "notes-mcp").build();
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> new BoundedBody(MAX_BYTES));
        try {
            return outcome(call.get(TOTAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            return failed("its host did not send the document within " + TOTAL_TIMEOUT.toSeconds() + " seconds");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return failed("the fetch was interrupted");
        } catch (ExecutionException e) {
            return failed(failure(e.getCause()));
        }
    }

    private Optional<String> vet(String host) {
        InetAddress[] addresses;
        try {
            // A literal address is parsed, not looked up; a name is resolved once, here.
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("its host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = guard.refusal(address);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Outcome outcome(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            return failed("its host answered " + status + " (a redirect, which is never followed)");
        }
        if (status != 200) {
            return failed("its host answered " + status + " instead of 200");
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = type.split(";", 2)[0].strip();
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return failed("it is served as " + (mediaType.isEmpty() ? "no content type" : mediaType)
                    + ", not application/json");
        }
        try {
            return new Outcome(new Fetched(DocumentReader.read(response.body())), CacheLifetime.of(response.headers()));
        } catch (DocumentReader.MalformedDocumentException e) {
            return failed(e.getMessage());
        }
    }

    private static String failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge) {
                return "it is larger than " + MAX_BYTES + " bytes";
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "its host did not accept a connection within " + CONNECT_TIMEOUT.toSeconds() + " seconds";
        }
        if (cause instanceof HttpTimeoutException) {
            return "its host did not answer within " + TOTAL_TIMEOUT.toSeconds() + " seconds";
        }
        if (cause instanceof IOException) {
            return "its host could not be reached (" + cause.getClass().getSimpleName() + ")";
        }
        return "the fetch failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }

    private static Outcome failed(String reason) {
        return new Outcome(new Unavailable(reason), CacheLifetime.FAILURE);
    }
}
