package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers every sign-in with a canned outcome and remembers the codes it was given. */
final class FakeUpstreamIdentityProvider implements UpstreamIdentityProvider {

    static final String NAME = "fake";
    static final URI AUTHORIZE = URI.create("https://login.example/authorize");

    private volatile Login outcome = identified("1", "octocat");
    final List<String> identifiedCodes = new CopyOnWriteArrayList<>();
    final List<URI> identifiedCallbacks = new CopyOnWriteArrayList<>();

    static Identified identified(String upstreamId, String login) {
        return new Identified(new UpstreamIdentity(UserId.of(NAME, upstreamId), login));
    }

    void answers(Login next) {
        outcome = next;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI authorizationUrl(String state, URI callback) {
        return URI.create(AUTHORIZE + "?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(callback.toString(), StandardCharsets.UTF_8));
    }

    @Override
    public Login identify(String code, URI callback) {
        identifiedCodes.add(code);
        identifiedCallbacks.add(callback);
        return outcome;
    }
}
