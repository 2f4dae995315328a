package dev.notesmcp.adapter.http.devlogin;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OpaqueToken;

import java.net.URI;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The development "identity provider": a page of our own that asks for a user name, so the
 * whole OAuth flow works locally without a GitHub app. Only allowed on a loopback
 * {@code PUBLIC_URL} (the settings refuse it otherwise). Users are {@code dev:<name>}.
 */
public final class DevIdentityProvider implements UpstreamIdentityProvider {

    public static final String NAME = "dev";
    static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,38}");

    private final URI loginPage;
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    private final ConcurrentMap<String, IssuedCode> codes = new ConcurrentHashMap<>();

    public DevIdentityProvider(URI publicUrl) {
        this.loginPage = URI.create(publicUrl + DevLoginEndpoint.PATH);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI authorizationUrl(String state, URI callback) {
        return URI.create(loginPage + "?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    @Override
    public Login identify(String code, URI callback) {
        return Optional.ofNullable(codes.remove(code))
                .filter(issued -> System.nanoTime() - issued.issuedAtNanos() < CODE_LIFETIME.toNanos())
                .map(IssuedCode::userName)
                .<Login>map(name -> new Identified(new UpstreamIdentity(UserId.of(NAME, name), name)))
                .orElseGet(() -> new Failed("This development sign-in is unknown or was already used."));
    }

    /** A one-time code for {@code userName}, as a real provider would hand out after sign-in. */
    String signIn(String userName) {
        if (!USER_NAME.matcher(userName).matches()) {
            throw new IllegalArgumentException("not a valid user name");
        }
        long now = System.nanoTime();
        codes.values().removeIf(issued -> now - issued.issuedAtNanos() >= CODE_LIFETIME.toNanos());
        String code = OpaqueToken.random().value();
        codes.put(code, new IssuedCode(userName, now));
        return code;
    }

    private record IssuedCode(String userName, long issuedAtNanos) {
    }
}
