package dev.notesmcp.adapter.http.oauth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/**
 * Our own small HTML pages (consent, sign-in, errors). No scripts, no external resources, every
 * value escaped; framing forbidden (clickjacking) and nothing cached.
 */
final class HtmlPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;"
            + "padding:0 1rem;color:#1f2328}h1{font-size:1.4rem}.box{border:1px solid #d0d7de;border-radius:8px;"
            + "padding:1rem 1.5rem}button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem}"
            + ".muted{color:#59636e;font-size:.9rem}code{background:#f6f8fa;padding:0 .2rem}";

    private HtmlPages() {
    }

    static void send(ServerResponse response, Status status, String title, String bodyHtml) {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + escape(title) + " · notes-mcp</title><style>" + STYLE + "</style></head><body>"
                + bodyHtml + "</body></html>";
        response.status(status)
                .header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
                .header(HeaderNames.create("X-Frame-Options"), "DENY")
                .header(HeaderNames.create("Content-Security-Policy"),
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .header(HeaderNames.create("Referrer-Policy"), "no-referrer")
                .header(HeaderNames.create("X-Content-Type-Options"), "nosniff")
                .send(page);
    }

    static void error(ServerResponse response, Status status, String message) {
        send(response, status, "Sign-in problem", "<h1>Sign-in problem</h1><div class=\"box\"><p>" + escape(message)
                + "</p></div><p class=\"muted\">You can close this window.</p>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
