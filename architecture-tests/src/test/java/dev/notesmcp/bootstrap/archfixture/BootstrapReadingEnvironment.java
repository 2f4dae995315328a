package dev.notesmcp.bootstrap.archfixture;

import io.helidon.http.Status;

/** Bootstrap may read the environment and use Helidon. */
public final class BootstrapReadingEnvironment {

    public String port() {
        return System.getenv("PORT");
    }

    public Status status() {
        return Status.OK_200;
    }
}
