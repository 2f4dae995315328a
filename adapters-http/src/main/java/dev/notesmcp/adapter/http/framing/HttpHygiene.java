package dev.notesmcp.adapter.http.framing;

import dev.notesmcp.adapter.http.errors.BoundedLog;
import dev.notesmcp.adapter.http.errors.ErrorMapper;
import io.helidon.webserver.http.HttpRouting;

import java.time.Duration;

/** Puts the framing filter (first) and the one error mapper on a routing. */
public final class HttpHygiene {

    /** A request body that sends nothing for this long is cut off. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    private HttpHygiene() {
    }

    /** Call before any other filter is added: filters run in the order they were added. */
    public static void install(HttpRouting.Builder routing, Duration readTimeout) {
        ErrorMapper errors = new ErrorMapper(BoundedLog.forClients(LOG));
        routing.addFilter(new FramingFilter(readTimeout, errors))
                .error(Throwable.class, errors);
    }
}
