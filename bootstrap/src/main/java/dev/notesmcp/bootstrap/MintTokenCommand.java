package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.jwt.JwtAccessTokenSigner;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code mint-token [subject] [scopes]}: signs an access token with the configured secret, for
 * local development and scripts. Anyone holding {@code JWT_SIGNING_SECRET} can do this anyway;
 * the command only saves writing the JWT by hand.
 */
final class MintTokenCommand {

    static final String NAME = "mint-token";
    static final String USAGE = "usage: java -jar notes-mcp.jar mint-token [subject, e.g. dev:alice] "
            + "[scopes, e.g. \"notes:read notes:write\"]";
    private static final String DEFAULT_SUBJECT = "dev:developer";
    private static final String CLIENT_ID = "notes-mcp-cli";

    private MintTokenCommand() {
    }

    /** The signed token, or an {@link IllegalArgumentException} whose message says what to fix. */
    static String mint(Settings settings, List<String> arguments, Clock clock) {
        if (settings.jwtSigningSecretIsEphemeral()) {
            throw new IllegalArgumentException("set JWT_SIGNING_SECRET (e.g. in .env) to the server's secret first:"
                    + " a token signed with a random secret is useless");
        }
        if (settings.tokenSigning().es256()) {
            throw new IllegalArgumentException("with JWT_ALGORITHM=ES256 tokens are signed with the servers' stored keys;"
                    + " mint-token signs HS256 only");
        }
        if (arguments.size() > 2) {
            throw new IllegalArgumentException(USAGE);
        }
        UserId subject = new UserId(arguments.isEmpty() ? DEFAULT_SUBJECT : arguments.get(0));
        Scopes scopes = arguments.size() < 2 ? Scopes.all() : Scopes.parse(arguments.get(1));
        Instant now = clock.instant();
        AccessTokenClaims claims = new AccessTokenClaims(settings.publicUrl().toString(), settings.mcpUrl().toString(),
                subject, CLIENT_ID, scopes, UUID.randomUUID().toString(), now, now.plus(settings.accessTokenTtl()),
                subject.value().substring(subject.value().indexOf(':') + 1));
        return new JwtAccessTokenSigner(ApplicationModule.jwtSettings(settings)).sign(claims);
    }
}
