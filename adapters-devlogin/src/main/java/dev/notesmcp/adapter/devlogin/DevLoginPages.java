package dev.notesmcp.adapter.devlogin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.util.Map;

/**
 * The dev login's two pages, from the JTE templates in {@code src/main/jte}, precompiled with
 * {@link ContentType#Html} so every value is escaped for where it stands. The same headers as the
 * server's other pages: no framing, no scripts or outside resources, nothing cached, no referrer.
 */
final class DevLoginPages {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
            null, ContentType.Html, DevLoginPages.class.getClassLoader(), "dev.notesmcp.adapter.devlogin.jte");

    private DevLoginPages() {
    }

    static void form(ServerResponse response, String action, String state, String codeChallenge) {
        send(response, Status.OK_200, "login.jte",
                Map.of("action", action, "state", state, "codeChallenge", codeChallenge));
    }

    static void problem(ServerResponse response, String message) {
        send(response, Status.BAD_REQUEST_400, "problem.jte", Map.of("message", message));
    }

    private static void send(ServerResponse response, Status status, String template, Map<String, Object> params) {
        StringOutput page = new StringOutput();
        TEMPLATES.render(template, params, page);
        response.headers().set(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
                .set(HeaderNames.create("X-Frame-Options"), "DENY")
                .set(HeaderNames.create("Content-Security-Policy"),
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .set(HeaderNames.CACHE_CONTROL, "no-store")
                .set(HeaderNames.create("Referrer-Policy"), "no-referrer")
                .set(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        response.status(status).send(page.toString());
    }
}
