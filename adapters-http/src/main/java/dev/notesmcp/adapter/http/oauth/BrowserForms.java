package dev.notesmcp.adapter.http.oauth;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Map;
import java.util.Optional;

/** The page and form helpers of the authorization flow, for sign-in pages in other packages. */
public final class BrowserForms {

    private BrowserForms() {
    }

    public static void page(ServerResponse response, String title, String bodyHtml) {
        HtmlPages.send(response, Status.OK_200, title, bodyHtml);
    }

    public static void errorPage(ServerResponse response, String message) {
        HtmlPages.error(response, Status.BAD_REQUEST_400, message);
    }

    public static String escape(String text) {
        return HtmlPages.escape(text);
    }

    /** A small url-encoded form without repeated fields, or empty. */
    public static Optional<Map<String, String>> read(ServerRequest request) {
        return AuthorizationEndpoint.readForm(request).filter(form -> !form.hasRepeats()).map(FormParameters::values);
    }
}
