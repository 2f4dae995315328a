package dev.notesmcp.adapter.devlogin;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev login keeps the identity-provider contract, its page served over real HTTP. */
class DevIdentityProviderContractTest extends UpstreamIdentityProviderContract {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static URI publicUrl;
    private static DevIdentityProvider dev;
    private static WebServer server;

    @BeforeAll
    static void serveTheLoginPage() {
        int port = freePort();
        publicUrl = URI.create("http://127.0.0.1:" + port);
        dev = new DevIdentityProvider(publicUrl, Clock.systemUTC());
        DevLoginPage page = new DevLoginPage(dev, publicUrl, URI.create(publicUrl + "/oauth/dev/callback"));
        server = WebServer.builder().host("127.0.0.1").port(port).routing(routing -> routing.register(page))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return dev;
    }

    @Override
    protected URI callback() {
        return URI.create(publicUrl + "/oauth/dev/callback");
    }

    @Override
    protected Set<Supports> supports() {
        return Set.of(Supports.PKCE);
    }

    /** Opens the page, fills in the user name as a person would and submits the form. */
    @Override
    protected URI signIn(URI authorizationUrl) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUrl).GET().build());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String form = "state=" + encode(hidden(page.body(), "state"))
                + "&code_challenge=" + encode(hidden(page.body(), "code_challenge")) + "&username=ada";
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(publicUrl + DevLoginPage.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        return URI.create(back.headers().firstValue("Location").orElseThrow());
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field %s in %s", name, html).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return BROWSER.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
