package dev.notesmcp.domain.audit;

/** What happened, one value per auditable step of the OAuth flow and of the MCP tools. */
public enum AuditEventKind {
    CLIENT_REGISTERED,
    CONSENT_GIVEN,
    CONSENT_DENIED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    /** The upstream identity was fine but an allow-list refused it. */
    SIGN_IN_REFUSED,
    TOKEN_ISSUED,
    TOKEN_REFRESHED,
    /** A rotated refresh token came back: the grant was revoked (RFC 9700 §4.14.2). */
    REFRESH_REUSE_DETECTED,
    GRANT_REVOKED,
    ACCESS_TOKEN_REVOKED,
    TOOL_CALLED
}
