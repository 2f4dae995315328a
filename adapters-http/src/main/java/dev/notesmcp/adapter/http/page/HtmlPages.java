package dev.notesmcp.adapter.http.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Our own small HTML pages (consent, errors, connected apps), rendered from the JTE templates in
 * {@code src/main/jte}, precompiled at build time with {@link ContentType#Html}: every value is
 * escaped for where it stands. No scripts, no external resources; framing forbidden
 * (clickjacking), nothing cached, no referrer to other sites.
 */
public final class HtmlPages {

    /** Where jte-maven-plugin puts the compiled templates (see this module's pom). */
    private static final String TEMPLATE_PACKAGE = "dev.notesmcp.adapter.http.page.jte";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
            null, ContentType.Html, HtmlPages.class.getClassLoader(), TEMPLATE_PACKAGE);

    private HtmlPages() {
    }

    /**
     * The consent page. Its referrer policy is {@code same-origin} instead of {@code no-referrer}:
     * under {@code no-referrer} browsers send {@code Origin: null} with the form's POST (Fetch
     * standard), which the consent endpoint must refuse from browsers without Fetch Metadata;
     * other sites still get no referrer.
     */
    public static void consent(ServerResponse response, ConsentPage page) {
        send(response, Status.OK_200, "same-origin", "consent.jte", Map.of("page", page));
    }

    /** The connected-apps page of a signed-in user; {@code same-origin} for its forms, as on the consent page. */
    public static void account(ServerResponse response, AccountPage page) {
        send(response, Status.OK_200, "same-origin", "account.jte", Map.of("page", page));
    }

    /** The connected-apps page for a visitor not signed in: how to sign in. */
    public static void accountSignIn(ServerResponse response, AccountSignInPage page) {
        send(response, Status.OK_200, "same-origin", "accountSignIn.jte", Map.of("page", page));
    }

    /** An error page; {@code message} says what went wrong and what to do, and may quote the request. */
    public static void error(ServerResponse response, Status status, String message) {
        send(response, status, "no-referrer", "error.jte", Map.of("message", message));
    }

    /**
     * A sign-in that ended without a user for the client: {@code message} says why, and the page's
     * one link, {@code returnTo}, takes the browser back to the client with the OAuth error.
     */
    public static void returnWithError(ServerResponse response, Status status, String message, String returnTo) {
        send(response, status, "no-referrer", "returning.jte", Map.of("message", message, "returnTo", returnTo));
    }

    /**
     * The error page as bytes, with its headers set on {@code headers}: for answers written outside a
     * handler (Helidon's direct handlers, when a browser route's request line cannot even be parsed).
     */
    public static byte[] errorPage(WritableHeaders<?> headers, String message) {
        pageHeaders(headers, "no-referrer");
        return render("error.jte", Map.of("message", message)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(ServerResponse response, Status status, String referrerPolicy, String template,
                             Map<String, Object> params) {
        String page = render(template, params);
        pageHeaders(response.headers(), referrerPolicy);
        response.status(status).send(page);
    }

    private static String render(String template, Map<String, Object> params) {
        StringOutput page = new StringOutput();
        TEMPLATES.render(template, params, page);
        return page.toString();
    }

    private static void pageHeaders(WritableHeaders<?> headers, String referrerPolicy) {
        headers.set(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
                .set(HeaderNames.create("X-Frame-Options"), "DENY")
                .set(HeaderNames.create("Content-Security-Policy"),
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .set(HeaderNames.CACHE_CONTROL, "no-store")
                .set(HeaderNames.create("Referrer-Policy"), referrerPolicy)
                .set(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    }
}
