package dev.notesmcp.adapter.devlogin;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OpaqueToken;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The development "identity provider": a page of our own ({@link DevLoginPage}) that asks for a
 * user name, so the whole OAuth flow works locally without any upstream app. Only allowed on a
 * loopback {@code PUBLIC_URL} (bootstrap refuses it otherwise). Users are {@code dev:<name>}. It
 * plays a real provider's part honestly: single-use codes that live five minutes on the
 * {@link Clock}, each bound to the sign-in's PKCE S256 challenge.
 */
public final class DevIdentityProvider implements UpstreamIdentityProvider {

    public static final String NAME = "dev";
    public static final String DISPLAY_NAME = "the dev login";
    static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,38}");
    static final Pattern CODE_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    private final URI loginPage;
    private final Clock clock;
    private final ConcurrentMap<String, IssuedCode> codes = new ConcurrentHashMap<>();

    public DevIdentityProvider(URI publicUrl, Clock clock) {
        this.loginPage = URI.create(publicUrl + DevLoginPage.PATH);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return DISPLAY_NAME;
    }

    @Override
    public URI authorizationUrl(UpstreamSignIn signIn, URI callback) {
        return URI.create(loginPage + "?state=" + encode(signIn.state())
                + "&code_challenge=" + encode(signIn.codeChallenge())
                + "&code_challenge_method=" + UpstreamSignIn.CODE_CHALLENGE_METHOD);
    }

    @Override
    public Login identify(String code, UpstreamSignIn signIn, URI callback) {
        IssuedCode issued = code == null ? null : codes.remove(code);
        if (issued == null) {
            return new Failed("This development sign-in is unknown or was already used; please sign in again.");
        }
        if (!clock.instant().isBefore(issued.issuedAt().plus(CODE_LIFETIME))) {
            return new Failed("This development sign-in took too long; please sign in again.");
        }
        if (!MessageDigest.isEqual(issued.codeChallenge().getBytes(StandardCharsets.US_ASCII),
                signIn.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return new Failed("This development sign-in was made for another login; please sign in again.");
        }
        return new Identified(new UpstreamIdentity(UserId.of(NAME, issued.userName()), issued.userName()));
    }

    /** A one-time code for {@code userName}, bound to {@code codeChallenge}, as a real provider hands out after sign-in. */
    String signIn(String userName, String codeChallenge) {
        if (!USER_NAME.matcher(userName).matches() || !CODE_CHALLENGE.matcher(codeChallenge).matches()) {
            throw new IllegalArgumentException("not a valid user name or code challenge");
        }
        Instant now = clock.instant();
        codes.values().removeIf(issued -> !now.isBefore(issued.issuedAt().plus(CODE_LIFETIME)));
        String code = OpaqueToken.random().value();
        codes.put(code, new IssuedCode(userName, codeChallenge, now));
        return code;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record IssuedCode(String userName, String codeChallenge, Instant issuedAt) {
    }
}
