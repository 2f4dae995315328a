package dev.notesmcp.adapter.redis;

import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;

import java.time.Instant;
import java.util.Optional;

/** The stored forms of codes and pending authorizations; read back through the domain records' constructors. */
final class Codecs {

    static final String CODE_FORMAT = "code.v1";
    static final String PENDING_FORMAT = "pending.v2";
    static final String LEGACY_PENDING_FORMAT = "pending.v1";

    private Codecs() {
    }

    /** A code as issued; {@code redeemedAt} is kept beside it, in its own hash field. */
    static String encodeIssued(AuthorizationCode code) {
        return Fields.write(CODE_FORMAT)
                .add(code.hash().value())
                .add(code.grant().value())
                .add(code.client().value())
                .add(code.redirectUri())
                .add(code.challenge().value())
                .add(code.user().value())
                .add(code.login())
                .add(code.scopes().asString())
                .add(code.expiresAt())
                .toString();
    }

    static AuthorizationCode decodeCode(String stored, Optional<Instant> redeemedAt) {
        Fields.Reader in = Fields.read(CODE_FORMAT, stored);
        AuthorizationCode code = new AuthorizationCode(
                new TokenHash(in.string()),
                new GrantId(in.string()),
                new ClientId(in.string()),
                in.string(),
                new CodeChallenge(in.string()),
                new UserId(in.string()),
                in.string(),
                Scopes.parse(in.optional().orElse("")),
                in.instant(),
                redeemedAt);
        in.end();
        return code;
    }

    /**
     * A pending authorization; a login's sign-in without its state (the key holds the state's hash,
     * the callback brings the state back: {@link #decodePending(String, Optional)}).
     */
    static String encode(PendingAuthorization pending) {
        AuthorizationRequest request = pending.request();
        Optional<UpstreamSignIn> signIn = pending.signIn();
        return Fields.write(PENDING_FORMAT)
                .add(pending.id())
                .add(request.client().value())
                .add(request.redirectUri())
                .add(request.scopes().asString())
                .add(request.state())
                .add(request.challenge().value())
                .add(pending.csrfHash().value())
                .add(pending.expiresAt())
                .add(pending.presumedUser().map(UserId::value))
                .add(signIn.map(UpstreamSignIn::provider))
                .add(signIn.map(UpstreamSignIn::nonce))
                .add(signIn.map(UpstreamSignIn::codeVerifier))
                .toString();
    }

    /**
     * {@code state}: the login's state as it came back, which the key is the hash of (none for a
     * consent). A {@code pending.v1} value, written before sign-ins were recorded, is still read
     * (during a rolling upgrade) and has no sign-in, so its login can no longer complete.
     */
    static PendingAuthorization decodePending(String stored, Optional<String> state) {
        boolean legacy = stored.startsWith(LEGACY_PENDING_FORMAT + " ");
        Fields.Reader in = Fields.read(legacy ? LEGACY_PENDING_FORMAT : PENDING_FORMAT, stored);
        String id = in.string();
        AuthorizationRequest request = new AuthorizationRequest(
                new ClientId(in.string()),
                in.string(),
                Scopes.parse(in.string()),
                in.optional(),
                new CodeChallenge(in.string()));
        TokenHash csrfHash = new TokenHash(in.string());
        Instant expiresAt = in.instant();
        Optional<UserId> presumed = in.optional().map(UserId::new);
        Optional<UpstreamSignIn> signIn = Optional.empty();
        if (!legacy) {
            Optional<String> provider = in.optional();
            Optional<String> nonce = in.optional();
            Optional<String> verifier = in.optional();
            signIn = state.flatMap(s -> provider.map(name -> new UpstreamSignIn(name, s, nonce.orElseThrow(),
                    verifier.orElseThrow())));
        }
        in.end();
        return new PendingAuthorization(id, request, csrfHash, expiresAt, presumed, signIn);
    }
}
