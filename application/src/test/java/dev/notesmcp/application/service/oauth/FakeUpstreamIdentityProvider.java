package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers every sign-in with a canned outcome and remembers what it was given. */
final class FakeUpstreamIdentityProvider implements UpstreamIdentityProvider {

    static final String NAME = "fake";
    static final URI AUTHORIZE = URI.create("https://login.example/authorize");

    private final String name;
    private volatile Login outcome;
    final List<String> identifiedCodes = new CopyOnWriteArrayList<>();
    final List<URI> identifiedCallbacks = new CopyOnWriteArrayList<>();
    final List<UpstreamSignIn> identifiedSignIns = new CopyOnWriteArrayList<>();

    FakeUpstreamIdentityProvider() {
        this(NAME);
    }

    FakeUpstreamIdentityProvider(String name) {
        this.name = name;
        this.outcome = identified("1", "octocat");
    }

    static Identified identified(String upstreamId, String login) {
        return new Identified(new UpstreamIdentity(UserId.of(NAME, upstreamId), login));
    }

    /** An identity of this provider's own. */
    Identified identifies(String upstreamId, String login) {
        return new Identified(new UpstreamIdentity(UserId.of(name, upstreamId), login));
    }

    void answers(Login next) {
        outcome = next;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return "Fake " + name;
    }

    @Override
    public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
        return URI.create(AUTHORIZE + "?provider=" + name + "&state=" + encode(signIn.state())
                + "&nonce=" + encode(signIn.nonce()) + "&code_challenge=" + encode(signIn.codeChallenge())
                + "&redirect_uri=" + encode(callback.toString()));
    }

    @Override
    public Login identify(String code, UpstreamSignIn signIn, URI callback) {
        identifiedCodes.add(code);
        identifiedCallbacks.add(callback);
        identifiedSignIns.add(signIn);
        return outcome;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
