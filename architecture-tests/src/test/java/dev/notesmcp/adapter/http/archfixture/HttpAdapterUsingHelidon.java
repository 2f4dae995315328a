package dev.notesmcp.adapter.http.archfixture;

import io.helidon.http.Status;

/** Helidon where it belongs. */
public final class HttpAdapterUsingHelidon {

    public Status status() {
        return Status.OK_200;
    }
}
