package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.service.oauth.ReviewAccessService;
import dev.notesmcp.application.service.oauth.RevokeAccessService;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeClient;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeGrant;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeUser;
import dev.notesmcp.bootstrap.config.Settings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code admin clients|grants|users …}: reads and revokes clients and grants in the configured
 * stores, with the server's own settings. A revocation is written where every instance looks
 * (grants in {@code STORE}, revoked token ids in {@code EPHEMERAL_STORE}), so running servers
 * refuse the tokens within {@code REVOCATION_CACHE}. Never prompts: the command line is the decision.
 */
public final class AdminAccessCommand {

    private AdminAccessCommand() {
    }

    public static boolean handles(List<String> arguments) {
        return AccessArguments.handles(arguments);
    }

    public static String usage() {
        return AccessArguments.USAGE;
    }

    public static AdminOutcome run(Settings settings, List<String> arguments, Clock clock) {
        Optional<AccessArguments> parsed = AccessArguments.parse(arguments);
        if (parsed.isEmpty()) {
            return new AdminOutcome(AdminOutcome.USAGE_ERROR, AccessArguments.USAGE);
        }
        Optional<String> refusal = refusal(settings, parsed.get());
        if (refusal.isPresent()) {
            return new AdminOutcome(AdminOutcome.USAGE_ERROR, refusal.get());
        }
        return AdminStores.using(settings, clock, stores -> new AccessCommands(
                new ReviewAccessService(stores.durable().clients(), stores.durable().grants()),
                // What an operator revokes is in the durable audit trail, revoked by "admin".
                new RevokeAccessService(stores.durable().clients(), stores.durable().grants(),
                        stores.durable().consents(), stores.shortLived().revokedAccessTokens(), clock,
                        stores.durable().audit()),
                AccessArguments.json(arguments)).run(parsed.get()));
    }

    /** Stores inside each server (memory) hold nothing this process could read, and revocations nobody would see. */
    private static Optional<String> refusal(Settings settings, AccessArguments command) {
        if (AdminStores.durableRefusal(settings).isPresent()) {
            return AdminStores.durableRefusal(settings);
        }
        boolean revokes = command instanceof RevokeClient || command instanceof RevokeGrant || command instanceof RevokeUser;
        if (revokes && !settings.stores().shortLived().sharedByInstances()) {
            return Optional.of("admin: EPHEMERAL_STORE=" + settings.stores().shortLived().name()
                    + " lives inside each server; the revoked access tokens would be recorded where no server"
                    + " looks (use EPHEMERAL_STORE=postgres or redis)");
        }
        return Optional.empty();
    }
}
