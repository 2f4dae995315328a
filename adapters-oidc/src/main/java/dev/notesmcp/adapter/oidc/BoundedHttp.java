package dev.notesmcp.adapter.oidc;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.notesmcp.adapter.oidc.CallFailedException.Kind.MALFORMED;
import static dev.notesmcp.adapter.oidc.CallFailedException.Kind.TIMED_OUT;
import static dev.notesmcp.adapter.oidc.CallFailedException.Kind.TOO_LARGE;
import static dev.notesmcp.adapter.oidc.CallFailedException.Kind.UNREACHABLE;

/**
 * Every call to an identity provider, for Nimbus's requests ({@link HTTPRequestSender}) and for its
 * JWK set source ({@link ResourceRetriever}): http(s) only, redirects never followed (one would
 * carry the client secret or a token elsewhere), the {@link HttpLimits} on connect, answer time and
 * answer size, UTF-8 answers only. Built on {@link HttpURLConnection}, as Nimbus's own sender is.
 */
final class BoundedHttp implements HTTPRequestSender, ResourceRetriever {

    private final HttpLimits limits;

    BoundedHttp(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    public ReadOnlyHTTPResponse send(ReadOnlyHTTPRequest request) throws IOException {
        return call(request);
    }

    private HTTPResponse call(ReadOnlyHTTPRequest request) throws IOException {
        URL url = request.getURL();
        HttpURLConnection connection = open(url);
        long deadline = System.nanoTime() + limits.readTimeout().toNanos();
        try {
            connection.setRequestMethod(request.getMethod().name());
            request.getHeaderMap().forEach((name, values) ->
                    connection.setRequestProperty(name, String.join(", ", values)));
            byte[] body = request.getBody() == null ? null : request.getBody().getBytes(StandardCharsets.UTF_8);
            // Buffered, not streamed: in streaming mode the JDK drops the body of a 401 (RFC 6749 §5.2's
            // invalid_client). It may then resend a POST once when the answer is lost mid-way; that answer
            // was lost anyway, and a code sent twice is at worst refused.
            connection.setDoOutput(body != null);
            connect(connection, url);
            if (body != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            HTTPResponse response = new HTTPResponse(status);
            for (Map.Entry<String, List<String>> header : connection.getHeaderFields().entrySet()) {
                if (header.getKey() != null && !header.getValue().isEmpty()) {
                    response.setHeader(header.getKey(), header.getValue().toArray(String[]::new));
                }
            }
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            response.setBody(read(answer, url, deadline));
            return response;
        } catch (SocketTimeoutException e) {
            throw new CallFailedException(TIMED_OUT, url + " gave no complete answer within " + limits.readTimeout());
        } finally {
            connection.disconnect();
        }
    }

    /** The issuer's JWK set, for Nimbus's remote key source (which caches it and refetches on an unknown key id). */
    @Override
    public Resource retrieveResource(URL url) throws IOException {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, url);
        request.setAccept("application/jwk-set+json, application/json");
        HTTPResponse response = call(request);
        if (response.getStatusCode() != HTTPResponse.SC_OK) {
            throw new CallFailedException(UNREACHABLE, url + " answered HTTP " + response.getStatusCode());
        }
        return new Resource(response.getBody(), response.getHeaderValue("Content-Type"));
    }

    private HttpURLConnection open(URL url) throws IOException {
        String scheme = url.getProtocol();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new CallFailedException(UNREACHABLE, "not an http(s) URL: " + scheme);
        }
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(limits.connectMillis());
        connection.setReadTimeout(limits.readMillis());
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        return connection;
    }

    private void connect(HttpURLConnection connection, URL url) throws CallFailedException {
        try {
            connection.connect();
        } catch (IOException e) {
            throw new CallFailedException(UNREACHABLE, url.getProtocol() + "://" + url.getAuthority()
                    + " could not be reached (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String read(InputStream in, URL url, long deadline) throws IOException {
        if (in == null) {
            return null;
        }
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                if (bytes.size() + n > limits.maxAnswerBytes()) {
                    throw new CallFailedException(TOO_LARGE,
                            url + " answered more than " + limits.maxAnswerBytes() + " bytes");
                }
                bytes.write(buffer, 0, n);
                if (System.nanoTime() - deadline > 0) {
                    throw new CallFailedException(TIMED_OUT,
                            url + " gave no complete answer within " + limits.readTimeout());
                }
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CallFailedException(MALFORMED, url + " answered something that is not UTF-8 text");
        }
    }
}
