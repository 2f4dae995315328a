package dev.notesmcp.adapter.cimd;

import org.apache.hc.client5.http.ConnectTimeoutException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.SocketTimeoutException;

/** What a failed fetch tells the developer: the kind of failure, never a response body. */
final class FetchFailures {

    private FetchFailures() {
    }

    static String reason(IOException e, int maxBytes) {
        if (e instanceof GuardedDnsResolver.RefusedHostException) {
            return e.getMessage();
        }
        if (e instanceof BoundedBody.TooLarge) {
            return "it is larger than " + maxBytes + " bytes";
        }
        if (e instanceof ConnectTimeoutException) {
            return "its host did not accept a connection within " + GuardedHttpClient.CONNECT_TIMEOUT.toSeconds()
                    + " seconds";
        }
        if (e instanceof SocketTimeoutException) {
            return "its host did not answer within " + GuardedHttpClient.TOTAL_TIMEOUT.toSeconds() + " seconds";
        }
        if (e instanceof SSLException) {
            return "its host's TLS handshake failed (" + e.getClass().getSimpleName()
                    + "): its certificate must be valid and name the host";
        }
        return "its host could not be reached (" + e.getClass().getSimpleName() + ")";
    }
}
