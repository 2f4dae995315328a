package dev.notesmcp.adapter.github;

import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
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
        if (causedBy(cause, AnswerTooLargeException.class)) {
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
        Map<String, Object> jsonObject() {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
                return Json.parseObject(text);
            } catch (CharacterCodingException e) {
                throw new SignInFailedException(Messages.UNEXPECTED, step + ": answer is not UTF-8");
            } catch (Json.MalformedJsonException e) {
                throw new SignInFailedException(Messages.UNEXPECTED, step + ": answer is not the JSON expected ("
                        + e.getMessage() + ")");
            }
        }
    }

    /** The answer was longer than we are willing to read. */
    static final class AnswerTooLargeException extends IOException {

        AnswerTooLargeException() {
            super("answer too large");
        }
    }

    /** Collects a body up to a limit; past it, cancels the download and fails. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private Flow.Subscription subscription;

        BoundedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new AnswerTooLargeException());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
