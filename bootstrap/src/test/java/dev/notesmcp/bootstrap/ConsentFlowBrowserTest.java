package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthClient.ALL_SCOPES;
import static dev.notesmcp.bootstrap.OAuthClient.optionalQueryParameter;
import static dev.notesmcp.bootstrap.OAuthClient.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent flow in a real browser (headless Chromium): what a person sees and clicks, and what
 * the browser itself enforces — cross-site form posts and framing — with the server's dev login,
 * and the provider chooser of a server configured with {@code IDENTITY_PROVIDERS=github,dev}.
 * Elements are found by the form fields the server's pages promise ({@code request_id},
 * {@code csrf_token}, {@code decision}, {@code provider}, {@code username}), not by their layout or wording.
 */
class ConsentFlowBrowserTest {

    private static final By ALLOW = By.cssSelector("[name='decision'][value='approve']");
    private static final By DENY = By.cssSelector("[name='decision'][value='deny']");
    private static final By USER_NAME = By.name("username");
    private static final By CONTINUE_WITH_GITHUB = By.cssSelector("[name='provider'][value='github']");
    private static final By CONTINUE_WITH_DEV = By.cssSelector("[name='provider'][value='dev']");

    private static TestServer server;
    private static SignInFlow flow;
    private static FakeGitHub gitHub;
    private static TestServer chooser;
    private static SignInFlow chooserFlow;
    private static LoopbackSite elsewhere;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        flow = SignInFlow.discover(server, SignInFlow.devLogin("unused"));
        gitHub = FakeGitHub.start();
        Map<String, String> several = new HashMap<>(TestServer.gitHubVariables(gitHub));
        several.put("IDENTITY_PROVIDERS", "github,dev");
        chooser = TestServer.start(several);
        chooserFlow = SignInFlow.discover(chooser, SignInFlow.gitHub(gitHub));
        elsewhere = LoopbackSite.start();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium browser = chromium;
        LoopbackSite site = elsewhere;
        TestServer notesMcp = server;
        TestServer withChooser = chooser;
        FakeGitHub fakeGitHub = gitHub;
        // Closed in reverse order, each even if the one before failed (null when start() did not get there).
        try (notesMcp; fakeGitHub; withChooser; site; browser) {
            // nothing else to do
        }
    }

    @BeforeEach
    void freshVisitor() {
        chromium.forgetEverything();
        elsewhere.drainCallbacks();
    }

    @Test
    void aPersonAllowsSignsInAndTheClientReceivesACodeItCanRedeem() {
        OAuthClient client = register("Browser Inspector");
        String state = "state-" + UUID.randomUUID();
        chromium.open(flow.authorizationUrl(client, state, ALL_SCOPES));

        WebElement allow = chromium.await(ALLOW);
        assertThat(chromium.visibleText()).contains("Browser Inspector").contains("notes:read").contains("notes:write");
        allow.click();
        signInAs("ada");

        URI landed = chromium.awaitUrlStartingWith(client.redirectUri + "?");
        URI received = elsewhere.nextCallback();
        assertThat(received.getRawQuery()).isEqualTo(landed.getRawQuery());
        assertThat(queryParameter(received, "state")).isEqualTo(state);
        assertThat(queryParameter(received, "iss")).isEqualTo(flow.issuer);
        TokenPair tokens = flow.redeem(client, queryParameter(received, "code"), ALL_SCOPES);
        assertThat(subject(tokens.accessToken())).isEqualTo("dev:ada");
    }

    @Test
    void withSeveralProvidersAPersonSeesOneContinueButtonEachAndSignsInWithTheOneTheyPress() {
        OAuthClient client = chooserFlow.register("Chooser Inspector", elsewhere.redirectUri(), "none");
        String state = "state-" + UUID.randomUUID();
        chromium.open(chooserFlow.authorizationUrl(client, state, ALL_SCOPES));

        WebElement viaGitHub = chromium.await(CONTINUE_WITH_GITHUB);
        WebElement viaDev = chromium.driver().findElement(CONTINUE_WITH_DEV);
        assertThat(viaGitHub.getText()).isEqualTo("Continue with GitHub");
        assertThat(viaDev.getText()).isEqualTo("Continue with the dev login");
        assertThat(viaGitHub.getLocation().getY()).as("in the configured order").isLessThan(viaDev.getLocation().getY());
        assertThat(chromium.driver().findElements(ALLOW)).isEmpty();
        assertThat(chromium.driver().findElements(DENY)).hasSize(1);
        viaDev.click();
        signInAs("hopper");

        chromium.awaitUrlStartingWith(client.redirectUri + "?");
        URI received = elsewhere.nextCallback();
        assertThat(queryParameter(received, "state")).isEqualTo(state);
        TokenPair tokens = chooserFlow.redeem(client, queryParameter(received, "code"), ALL_SCOPES);
        assertThat(subject(tokens.accessToken())).isEqualTo("dev:hopper");
    }

    @Test
    void withSeveralProvidersContinuingWithGitHubSignsInAGitHubUser() {
        gitHub.signInAs(8080, "browser-octocat");
        OAuthClient client = chooserFlow.register("GitHub Inspector", elsewhere.redirectUri(), "none");
        String state = "state-" + UUID.randomUUID();
        chromium.open(chooserFlow.authorizationUrl(client, state, ALL_SCOPES));

        chromium.await(CONTINUE_WITH_GITHUB).click();

        chromium.awaitUrlStartingWith(client.redirectUri + "?");
        URI received = elsewhere.nextCallback();
        assertThat(queryParameter(received, "iss")).isEqualTo(chooserFlow.issuer);
        TokenPair tokens = chooserFlow.redeem(client, queryParameter(received, "code"), ALL_SCOPES);
        assertThat(subject(tokens.accessToken())).isEqualTo("github:8080");
    }

    @Test
    void aPersonDeniesAndTheClientIsToldAccessDenied() {
        OAuthClient client = register("Unwanted Inspector");
        String state = "state-" + UUID.randomUUID();
        chromium.open(flow.authorizationUrl(client, state, ALL_SCOPES));

        chromium.await(DENY).click();

        chromium.awaitUrlStartingWith(client.redirectUri + "?");
        URI received = elsewhere.nextCallback();
        assertThat(queryParameter(received, "error")).isEqualTo("access_denied");
        assertThat(queryParameter(received, "state")).isEqualTo(state);
        assertThat(queryParameter(received, "iss")).isEqualTo(flow.issuer);
        assertThat(optionalQueryParameter(received, "code")).isEmpty();
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndTheRealConsentPageStillWorks() {
        OAuthClient client = register("Targeted Inspector");
        String state = "state-" + UUID.randomUUID();
        WebDriver driver = chromium.driver();
        chromium.open(flow.authorizationUrl(client, state, ALL_SCOPES));
        chromium.await(ALLOW);
        String consentTab = driver.getWindowHandle();
        WebElement requestIdField = driver.findElement(By.name("request_id"));
        String action = requestIdField.findElement(By.xpath("./ancestor::form")).getDomProperty("action");
        String requestId = requestIdField.getDomProperty("value");
        String csrfToken = driver.findElement(By.name("csrf_token")).getDomProperty("value");

        // Another site, open in another tab of the same browser, posts the very fields of that page.
        URI attack = elsewhere.serve("""
                <!doctype html><title>win a prize</title>
                <form method="post" action="%s">
                <input type="hidden" name="request_id" value="%s">
                <input type="hidden" name="csrf_token" value="%s">
                <input type="hidden" name="decision" value="approve">
                </form><script>document.forms[0].submit()</script>""".formatted(action, requestId, csrfToken));
        driver.switchTo().newWindow(WindowType.TAB);
        chromium.open(attack);

        URI answer = chromium.awaitUrlLeaving(attack);
        assertThat(answer).hasToString(action);
        assertThat(chromium.documentStatus()).isIn(400L, 403L);
        assertThat(driver.findElements(USER_NAME)).isEmpty();
        assertThat(driver.findElements(By.name("decision"))).isEmpty();
        assertThat(elsewhere.drainCallbacks()).isEmpty();

        // The refusal spent nothing: the person's own page still completes the sign-in.
        driver.close();
        driver.switchTo().window(consentTab);
        driver.findElement(ALLOW).click();
        signInAs("grace");
        chromium.awaitUrlStartingWith(client.redirectUri + "?");
        assertThat(queryParameter(elsewhere.nextCallback(), "state")).isEqualTo(state);
    }

    @Test
    void theBrowserRefusesToShowTheConsentPageInsideAnotherSitesFrame() {
        OAuthClient client = register("Framing Inspector");
        URI consent = flow.authorizationUrl(client, "state-" + UUID.randomUUID(), ALL_SCOPES);
        URI frameable = elsewhere.serve("<!doctype html><title>frameable</title><input name=\"marker\">");
        URI framing = elsewhere.serve("""
                <!doctype html><title>looks harmless</title>
                <iframe name="consent" src="%s" onload="this.dataset.loaded='yes'"></iframe>
                <iframe name="control" src="%s" onload="this.dataset.loaded='yes'"></iframe>"""
                .formatted(consent, frameable));
        WebDriver driver = chromium.driver();

        chromium.open(framing);
        chromium.awaitScript("both frames to load",
                "return document.querySelectorAll('iframe[data-loaded]').length === 2;");

        // The control shows the check sees a framed page's fields when the browser renders it.
        driver.switchTo().frame("control");
        assertThat(driver.findElements(By.name("marker"))).hasSize(1);
        driver.switchTo().defaultContent();
        driver.switchTo().frame("consent");
        assertThat(driver.findElements(By.name("request_id"))).isEmpty();
        assertThat(driver.findElements(By.name("decision"))).isEmpty();
        assertThat((String) chromium.script("return location.href;")).startsWith("chrome-error://");
        driver.switchTo().defaultContent();
    }

    @Test
    void thePagesOfTheFlowForbidFramingInTheirHeaders() {
        OAuthClient client = register("Header Inspector");
        Browser browser = new Browser();
        URI login = flow.startLogin(browser, client, "state-" + UUID.randomUUID(), ALL_SCOPES);

        assertForbidsFraming(browser.get(flow.authorizationUrl(client, "s", ALL_SCOPES)));
        assertForbidsFraming(browser.get(login));
        assertForbidsFraming(browser.get(URI.create(server.baseUrl() + "/authorize")));
    }

    private static void assertForbidsFraming(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
    }

    private static OAuthClient register(String name) {
        return flow.register(name, elsewhere.redirectUri(), "none");
    }

    /** The dev login page: a user name, submitted as a person would, with Enter. */
    private static void signInAs(String userName) {
        WebElement field = chromium.await(USER_NAME);
        field.sendKeys(userName + "\n");
    }

    /** The {@code sub} claim of a JWT, read without verifying it (the server already did). */
    private static String subject(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return OAuthClient.jsonString(payload, "sub");
    }
}
