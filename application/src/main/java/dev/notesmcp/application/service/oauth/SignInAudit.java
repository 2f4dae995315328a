package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

/**
 * The audit events of an upstream sign-in, by provider and client, and of the consent it completes. The provider's own message
 * (which may quote what the user typed upstream) never goes into the trail.
 */
final class SignInAudit {

    private final Auditor audit;

    SignInAudit(Auditor audit) {
        this.audit = audit;
    }

    /** Refused by an allow-list, or failed; an identity is recorded only once the sign-in is known to stand. */
    void answered(String provider, ClientId client, UpstreamIdentityProvider.Login answer) {
        switch (answer) {
            case UpstreamIdentityProvider.Refused refused -> record(AuditEventKind.SIGN_IN_REFUSED, provider, client);
            case UpstreamIdentityProvider.Failed failed -> failed(provider, client);
            case UpstreamIdentityProvider.Identified identified -> {
            }
        }
    }

    void failed(String provider, ClientId client) {
        record(AuditEventKind.SIGN_IN_FAILED, provider, client);
    }

    void succeeded(String provider, ClientId client, UserId user) {
        audit.record(AuditEventKind.SIGN_IN_SUCCEEDED, event -> event.user(user).client(client)
                .with(AuditDetail.PROVIDER, provider));
    }

    /** What the consent page approved, now that the sign-in names who approved it. */
    void consented(ClientId client, UserId user) {
        audit.record(AuditEventKind.CONSENT_GIVEN, event -> event.user(user).client(client));
    }

    private void record(AuditEventKind kind, String provider, ClientId client) {
        audit.record(kind, event -> event.client(client).with(AuditDetail.PROVIDER, provider));
    }
}
