package dev.notesmcp.adapter.http.archfixture;

import gg.jte.ContentType;
import io.helidon.cors.CrossOriginConfig;
import io.helidon.webserver.cors.CorsSupport;

/** Templates and CORS where they belong. */
public final class HttpAdapterUsingJteAndCors {

    public ContentType contentType() {
        return ContentType.Html;
    }

    public CorsSupport cors() {
        return CorsSupport.builder().addCrossOrigin(CrossOriginConfig.create()).build();
    }
}
