package dev.notesmcp.adapter.devlogin.archfixture;

import gg.jte.ContentType;
import io.helidon.http.Status;

/** The dev login serves its own page with Helidon and renders it with JTE: allowed. */
public final class DevLoginAdapterUsingHelidonAndJte {

    public Status status() {
        return Status.OK_200;
    }

    public ContentType contentType() {
        return ContentType.Html;
    }
}
