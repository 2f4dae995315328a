package dev.notesmcp.adapter.http.archfixture;

import io.micrometer.core.instrument.Timer;

/** The web adapter timing requests with Micrometer itself instead of through the Metrics port. */
public final class HttpAdapterUsingMicrometer {

    public Timer timer() {
        return null;
    }
}
