package dev.notesmcp.adapter.redis;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;

import java.util.Optional;

/** The stored forms of codes and pending authorizations; read back through the domain records' constructors. */
final class Codecs {

    static final String CODE_FORMAT = "code.v1";
    static final String PENDING_FORMAT = "pending.v1";

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

    static AuthorizationCode decodeCode(String stored, Optional<java.time.Instant> redeemedAt) {
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

    static String encode(PendingAuthorization pending) {
        AuthorizationRequest request = pending.request();
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
                .toString();
    }

    static PendingAuthorization decodePending(String stored) {
        Fields.Reader in = Fields.read(PENDING_FORMAT, stored);
        String id = in.string();
        AuthorizationRequest request = new AuthorizationRequest(
                new ClientId(in.string()),
                in.string(),
                Scopes.parse(in.string()),
                in.optional(),
                new CodeChallenge(in.string()));
        PendingAuthorization pending = new PendingAuthorization(id, request, new TokenHash(in.string()), in.instant(),
                in.optional().map(UserId::new));
        in.end();
        return pending;
    }
}
