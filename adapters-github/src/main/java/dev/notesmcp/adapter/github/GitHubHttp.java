package dev.notesmcp.adapter.github;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls GitHub with the JDK's {@link HttpClient}: no redirects followed (a redirect would carry
 * the secret or the token elsewhere), each whole call (answer and body) bounded by the read
 * timeout, and at most {@link #MAX_ANSWER_BYTES} of an answer read. Failures become
 * {@link SignInFailedException}s that never repeat a request's contents.
 */
final class GitHubHttp {

    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration readTimeout;

    GitHubHttp(Duration connectTimeout, Duration readTimeout) {
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A request to {@code uri} with our User-Agent and the read timeout. */
    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", "notes-mcp");
    }

    /** Sends {@code request}; {@code step} names it in the log ("token exchange", "user lookup"). */
    Answer send(HttpRequest request, String step) {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> new BoundedBody(MAX_ANSWER_BYTES));
        try {
            HttpResponse<byte[]> response = call.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body(), step);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new SignInFailedException(Messages.TIMED_OUT, step + ": no answer within " + readTimeout);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new SignInFailedException(Messages.INTERRUPTED, step + ": interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), step);
        }
    }

    private SignInFailedException failure(Throwable cause, String step) {
        String what = step + ": " + (cause == null ? "unknown failure" : cause.getClass().getSimpleName());
        if (causedBy(cause, BoundedBody.AnswerTooLargeException.class)) {
            return new SignInFailedException(Messages.UNEXPECTED, step + ": answer larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new SignInFailedException(Messages.UNREACHABLE, what + " (no connection within the connect timeout)");
        }
        if (cause instanceof HttpTimeoutException) {
            return new SignInFailedException(Messages.TIMED_OUT, what + " (no answer within " + readTimeout + ")");
        }
        if (cause instanceof IOException) {
            return new SignInFailedException(Messages.UNREACHABLE, what);
        }
        return new SignInFailedException(Messages.UNREACHABLE, what, Level.ERROR);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** An answer from GitHub: its status and at most {@link #MAX_ANSWER_BYTES} of body. */
    record Answer(int status, byte[] body, String step) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** The body as a JSON object, or a failure saying GitHub's answer was not understood. */
        JsonNode jsonObject() {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                throw new SignInFailedException(Messages.UNEXPECTED, step + ": answer is not UTF-8");
            }
            return GitHubJson.object(text).orElseThrow(() -> new SignInFailedException(Messages.UNEXPECTED,
                    step + ": answer is not one JSON object"));
        }

        /** A non-2xx answer, in words for the user and the operator. */
        SignInFailedException failure() {
            String reason = step + ": GitHub answered HTTP " + status;
            if (status == 403 || status == 429) {
                return new SignInFailedException(Messages.LIMITED, reason);
            }
            if (status == 404) {
                return new SignInFailedException(Messages.NOT_FOUND, reason + " (check GITHUB_URL and GITHUB_API_URL)",
                        Level.ERROR);
            }
            if (status >= 500) {
                return new SignInFailedException(Messages.TROUBLE, reason);
            }
            return new SignInFailedException(Messages.UNEXPECTED, reason);
        }
    }
}
