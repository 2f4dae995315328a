package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthClient.ALL_SCOPES;
import static dev.notesmcp.bootstrap.OAuthClient.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connected-apps page ({@code /account}) in headless Chromium, on the harness of
 * {@link ConsentFlowBrowserTest} (the packaged wiring, the dev login, another site on another
 * origin): a person who authorized two clients sees both, revokes one, and only that one stops
 * working; forged posts are refused; the page forbids framing. Elements are found by the form fields
 * and classes the page promises ({@code client_id}, {@code csrf_token}, {@code revoke}, {@code provider},
 * {@code .app}, {@code .app-name}).
 */
class AccountPageBrowserTest {

    private static final By ALLOW = By.cssSelector("[name='decision'][value='approve']");
    private static final By USER_NAME = By.name("username");
    private static final By APPS = By.cssSelector(".app");
    private static final By CONTINUE_WITH_DEV = By.cssSelector("[name='provider'][value='dev']");
    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC";

    private static TestServer server;
    private static SignInFlow flow;
    private static LoopbackSite elsewhere;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        flow = SignInFlow.discover(server, SignInFlow.devLogin("unused"));
        elsewhere = LoopbackSite.start();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium browser = chromium;
        LoopbackSite site = elsewhere;
        TestServer notesMcp = server;
        try (notesMcp; site; browser) {
            // nothing else to do
        }
    }

    @BeforeEach
    void freshVisitor() {
        chromium.forgetEverything();
        elsewhere.drainCallbacks();
    }

    @Test
    void aPersonSeesBothAppsRevokesOneAndOnlyThatOneLosesAccess() {
        String user = "lovelace-" + UUID.randomUUID().toString().substring(0, 8);
        OAuthClient hostile = flow.register("Alpha <script>alert(1)</script>", elsewhere.redirectUri(), "none");
        OAuthClient kept = flow.register("Beta Inspector", elsewhere.redirectUri(), "none");
        TokenPair hostileTokens = authorizeInBrowser(hostile, user);
        TokenPair keptTokens = authorizeInBrowser(kept, user);

        chromium.open(accountPage());
        List<WebElement> apps = chromium.driver().findElements(APPS);
        assertThat(apps).hasSize(2);
        assertThat(chromium.visibleText()).contains("dev:" + user);
        for (WebElement app : apps) {
            assertThat(app.getText()).contains("unverified").contains("notes:read").contains("notes:write")
                    .containsPattern("First used " + TIME + " · last used " + TIME);
        }
        assertThat(names()).containsExactlyInAnyOrder("Alpha <script>alert(1)</script>", "Beta Inspector");
        assertThat(chromium.script("return document.scripts.length;")).as("the name stayed text").isEqualTo(0L);

        revokeButtonOf("Alpha").click();

        chromium.awaitUrlStartingWith(accountPage() + "?revoked");
        assertThat(chromium.visibleText()).contains("Access revoked");
        assertThat(names()).containsExactly("Beta Inspector");
        assertThat(hostile.refresh(flow.tokenEndpoint, hostileTokens.refreshToken()).statusCode()).isEqualTo(400);
        HttpResponse<String> stillWorks = kept.refresh(flow.tokenEndpoint, keptTokens.refreshToken());
        assertThat(stillWorks.statusCode()).as(stillWorks.body()).isEqualTo(200);
        assertThat(RawHttp.postMcp(server, hostileTokens.accessToken(), RawHttp.INITIALIZE).statusCode())
                .as("the revoked app's live access token").isEqualTo(401);
        assertThat(RawHttp.postMcp(server, keptTokens.accessToken(), RawHttp.INITIALIZE).statusCode()).isEqualTo(200);
    }

    @Test
    void forgedPostsWithoutThePagesTokenAreRefusedAndRevokeNothing() {
        String user = "hopper-" + UUID.randomUUID().toString().substring(0, 8);
        OAuthClient client = flow.register("Targeted Inspector", elsewhere.redirectUri(), "none");
        TokenPair tokens = authorizeInBrowser(client, user);
        chromium.open(accountPage());
        WebElement field = chromium.await(By.name("client_id"));
        String action = field.findElement(By.xpath("./ancestor::form")).getDomProperty("action");
        WebDriver driver = chromium.driver();

        // Another site posts the very form, minus the token it cannot read.
        URI attack = elsewhere.serve("""
                <!doctype html><title>win a prize</title>
                <form method="post" action="%s"><input type="hidden" name="client_id" value="%s"></form>
                <script>document.forms[0].submit()</script>""".formatted(action, client.clientId));
        chromium.open(attack);
        chromium.awaitUrlLeaving(attack);
        assertThat(chromium.documentStatus()).isEqualTo(403L);

        // Our own page itself, posting without the token (as injected markup would): refused as well.
        chromium.open(accountPage());
        chromium.await(By.name("client_id"));
        chromium.script("""
                const form = document.querySelector('input[name=client_id]').form;
                form.querySelector('input[name=csrf_token]').remove();
                form.submit();""");
        chromium.awaitUrlStartingWith(action);
        assertThat(chromium.documentStatus()).isEqualTo(403L);
        assertThat(driver.findElements(APPS)).isEmpty();

        chromium.open(accountPage());
        assertThat(names()).containsExactly("Targeted Inspector");
        assertThat(client.refresh(flow.tokenEndpoint, tokens.refreshToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void aVisitorSignsInFromThePageThroughTheDevLoginAndCanSignOut() {
        String user = "turing-" + UUID.randomUUID().toString().substring(0, 8);
        chromium.open(accountPage());

        chromium.await(CONTINUE_WITH_DEV).click();
        signInAs(user);

        chromium.awaitUrlStartingWith(accountPage().toString());
        chromium.await(By.id("no-apps"));
        assertThat(chromium.visibleText()).contains("dev:" + user).contains("No app has access to your notes");
        chromium.driver().findElement(By.name("sign_out")).click();
        chromium.await(CONTINUE_WITH_DEV);
        assertThat(chromium.visibleText()).doesNotContain("dev:" + user);
    }

    @Test
    void theAccountPagesForbidFramingInTheirHeaders() {
        authorizeInBrowser(flow.register("Header Inspector", elsewhere.redirectUri(), "none"), "babbage");
        chromium.open(accountPage()); // the browser's cookies for our site, not the client's
        Cookie remembered = chromium.driver().manage().getCookieNamed("notes_mcp_user");
        assertThat(remembered).isNotNull();

        HttpResponse<String> signedIn = get(accountPage(), "notes_mcp_user=" + remembered.getValue());
        assertThat(signedIn.body()).contains("Header Inspector");
        for (HttpResponse<String> page : List.of(get(accountPage(), null), signedIn)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    /** Consent, the dev login and the code's redemption, in this browser, so it remembers the user. */
    private TokenPair authorizeInBrowser(OAuthClient client, String user) {
        String state = "state-" + UUID.randomUUID();
        chromium.open(flow.authorizationUrl(client, state, ALL_SCOPES));
        chromium.await(ALLOW).click();
        signInAs(user);
        chromium.awaitUrlStartingWith(client.redirectUri + "?");
        URI received = elsewhere.nextCallback();
        assertThat(queryParameter(received, "state")).isEqualTo(state);
        return flow.redeem(client, queryParameter(received, "code"), ALL_SCOPES);
    }

    private static URI accountPage() {
        return URI.create(flow.issuer + "/account");
    }

    private static List<String> names() {
        return chromium.driver().findElements(By.cssSelector(".app .app-name")).stream().map(WebElement::getText).toList();
    }

    private static WebElement revokeButtonOf(String namePrefix) {
        return chromium.driver().findElements(APPS).stream()
                .filter(app -> app.findElement(By.className("app-name")).getText().startsWith(namePrefix))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("[name='revoke']"));
    }

    /** The dev login page: a user name, submitted as a person would, with Enter. */
    private static void signInAs(String userName) {
        chromium.await(USER_NAME).sendKeys(userName + "\n");
    }

    private static HttpResponse<String> get(URI uri, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
