package dev.notesmcp.domain.archfixture;

import io.helidon.http.Status;

/** Breaks the domain's purity: a framework type in the domain. */
public final class DomainUsingHelidon {

    public Status status() {
        return Status.OK_200;
    }
}
