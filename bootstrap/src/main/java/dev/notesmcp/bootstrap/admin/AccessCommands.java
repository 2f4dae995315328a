package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.port.in.oauth.ReviewAccessUseCase;
import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase;
import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase.UserRevocation;
import dev.notesmcp.bootstrap.admin.AccessArguments.ListClients;
import dev.notesmcp.bootstrap.admin.AccessArguments.ListGrants;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeClient;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeGrant;
import dev.notesmcp.bootstrap.admin.AccessArguments.RevokeUser;
import dev.notesmcp.bootstrap.admin.AccessArguments.ShowClient;
import dev.notesmcp.bootstrap.json.JsonText;
import dev.notesmcp.domain.oauth.Grant;

import java.util.List;

/** Runs one parsed command against the use cases and says what happened, as a table or as JSON. */
final class AccessCommands {

    private final ReviewAccessUseCase review;
    private final RevokeAccessUseCase revoke;
    private final boolean json;

    AccessCommands(ReviewAccessUseCase review, RevokeAccessUseCase revoke, boolean json) {
        this.review = review;
        this.revoke = revoke;
        this.json = json;
    }

    AdminOutcome run(AccessArguments command) {
        return switch (command) {
            case ListClients ignored -> {
                var clients = review.clients();
                yield done(AccessViews.clients(clients), AccessViews.clientsTable(clients));
            }
            case ShowClient show -> review.client(show.id())
                    .map(details -> done(AccessViews.clientDetails(details), AccessViews.clientText(details)))
                    .orElseGet(() -> notFound("no registered client " + show.id().value()));
            case ListGrants list -> {
                List<Grant> grants = review.grants(list.filter());
                yield done(AccessViews.grants(grants), AccessViews.grantsTable(grants));
            }
            case RevokeGrant grant -> revoke.revokeGrant(grant.id())
                    .map(revoked -> done(AccessViews.grant(revoked), "revoked grant " + revoked.id().value()
                            + " (user " + revoked.user().value() + ", client " + revoked.client().value() + ")"))
                    .orElseGet(() -> notFound("no grant " + grant.id().value()));
            case RevokeClient client -> revoke.revokeClient(client.id())
                    .map(revocation -> done(AccessViews.clientRevocation(client.id().value(), revocation),
                            "revoked client " + client.id().value() + ": "
                                    + (revocation.registrationRemoved() ? "registration removed, " : "")
                                    + revocation.grants().size() + " grant(s) ended, "
                                    + revocation.consentsForgotten() + " remembered consent(s) forgotten"))
                    .orElseGet(() -> notFound("no client " + client.id().value() + " (neither registered nor granted)"));
            case RevokeUser user -> {
                UserRevocation revocation = revoke.revokeUser(user.user());
                yield revocation.foundNothing() ? notFound("no grant or consent of user " + user.user().value())
                        : done(AccessViews.userRevocation(user.user().value(), revocation),
                        "revoked user " + user.user().value() + ": " + revocation.grants().size() + " grant(s) ended, "
                                + revocation.consentsForgotten() + " remembered consent(s) forgotten");
            }
        };
    }

    private AdminOutcome done(Object jsonValue, String text) {
        return new AdminOutcome(AdminOutcome.DONE, json ? JsonText.write(jsonValue) : text);
    }

    private static AdminOutcome notFound(String message) {
        return new AdminOutcome(AdminOutcome.NOT_FOUND, "admin: " + message);
    }
}
