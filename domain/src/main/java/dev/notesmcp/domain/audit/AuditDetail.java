package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The only extra facts an audit event may carry. Each value is a short token from a bounded
 * vocabulary (a tool or provider name, an outcome, a number, an IP address), never free text from
 * a request, so no note content, token, code or secret can reach the trail through a detail.
 */
public enum AuditDetail {
    /** The MCP tool called, e.g. {@code create_note}. */
    TOOL("[a-z][a-z0-9_]{0,63}", false),
    /** How it ended: {@code ok}, {@code tool_error}, an OAuth error code… */
    OUTCOME("[a-z][a-z0-9_]{0,63}", false),
    DURATION_MS("[0-9]{1,12}", true),
    /** The upstream identity provider, as configured. */
    PROVIDER("[a-z][a-z0-9_-]{0,63}", false),
    /** Who revoked a grant: {@code client}, {@code user}, {@code admin}, {@code reuse}… */
    REVOKED_BY("[a-z][a-z0-9_-]{0,63}", false),
    /**
     * The address the request came from (the peer, or the client a trusted proxy names):
     * an IPv4 or IPv6 address, with an IPv6 zone at most, never a port or a host name.
     */
    CLIENT_ADDRESS("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{0,39}:[0-9A-Fa-f:.]{0,45}(%[A-Za-z0-9_.-]{1,32})?", false);

    private final Pattern allowed;
    private final boolean number;

    AuditDetail(String allowed, boolean number) {
        this.allowed = Pattern.compile(allowed);
        this.number = number;
    }

    /** Whether the value is a whole number (digits only), to be written as a number where the output is typed (JSON). */
    public boolean isNumber() {
        return number;
    }

    /** Returns {@code value} when it is allowed for this detail, or refuses it without repeating it. */
    public String check(String value) {
        if (value == null || !allowed.matcher(value).matches()) {
            throw new InvalidValueException("audit " + name().toLowerCase(), "must match " + allowed.pattern());
        }
        return value;
    }
}
