package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.InvalidValueException;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The only extra facts an audit event may carry. Each value is a short token from a bounded
 * vocabulary (a tool or provider name, an outcome, a number, an IP address), never free text from
 * a request, so no note content, token, code or secret can reach the trail through a detail.
 */
public enum AuditDetail {
    /** The MCP tool called, e.g. {@code create_note}. */
    TOOL("[a-z][a-z0-9_]{0,63}", false, value -> AuditDetail.isWord(value, "_")),
    /** How it ended: {@code ok}, {@code tool_error}, an OAuth error code… */
    OUTCOME("[a-z][a-z0-9_]{0,63}", false, value -> AuditDetail.isWord(value, "_")),
    DURATION_MS("[0-9]{1,12}", true, AuditDetail::isWholeNumber),
    /** The upstream identity provider, as configured. */
    PROVIDER("[a-z][a-z0-9_-]{0,63}", false, value -> AuditDetail.isWord(value, "_-")),
    /** Who revoked a grant: {@code client}, {@code user}, {@code admin}, {@code reuse}… */
    REVOKED_BY("[a-z][a-z0-9_-]{0,63}", false, value -> AuditDetail.isWord(value, "_-")),
    /**
     * The address the request came from (the peer, or the client a trusted proxy names):
     * an IPv4 or IPv6 address, with an IPv6 zone at most, never a port or a host name.
     */
    CLIENT_ADDRESS(Address.IPV4 + "|" + Address.IPV6, false,
            value -> isDottedQuad(value) || Address.IPV6_PATTERN.matcher(value).matches());

    /** The two branches of the client address rule: IPv4 is checked by a loop (most callers), IPv6 by its pattern. */
    private static final class Address {
        static final String IPV4 = "[0-9]{1,3}(\\.[0-9]{1,3}){3}";
        static final String IPV6 = "[0-9A-Fa-f:]{0,39}:[0-9A-Fa-f:.]{0,45}(%[A-Za-z0-9_.-]{1,32})?";
        static final Pattern IPV6_PATTERN = Pattern.compile(IPV6);
    }

    private static final int WORD_LENGTH = 64;
    private static final int NUMBER_LENGTH = 12;

    private final Pattern allowed;
    private final boolean number;
    /**
     * The same rule as {@link #allowed} as a loop, where it is that simple: each tool call checks
     * four details, and the regular expressions were 3 % of a {@code list_notes} call's CPU (the
     * client address's alone, 1.3 %, until its IPv4 branch became a loop too).
     * AuditDetailTest holds each one to its pattern.
     */
    private final Predicate<String> fastCheck;

    AuditDetail(String allowed, boolean number, Predicate<String> fastCheck) {
        this.allowed = Pattern.compile(allowed);
        this.number = number;
        this.fastCheck = fastCheck;
    }

    /** Whether the value is a whole number (digits only), to be written as a number where the output is typed (JSON). */
    public boolean isNumber() {
        return number;
    }

    /** Returns {@code value} when it is allowed for this detail, or refuses it without repeating it. */
    public String check(String value) {
        if (value == null || !fastCheck.test(value)) {
            throw new InvalidValueException("audit " + name().toLowerCase(), "must match " + allowed.pattern());
        }
        return value;
    }

    /** The rule as written, e.g. in the message of a refused value. */
    String pattern() {
        return allowed.pattern();
    }

    /** {@code [a-z][a-z0-9<extra>]{0,63}}. */
    private static boolean isWord(String value, String extra) {
        int length = value.length();
        if (length == 0 || length > WORD_LENGTH || !isLowerLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isLowerLetter(c) && !isDigit(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9]{1,3}(\\.[0-9]{1,3}){3}}: four groups of one to three digits, three dots between them. */
    private static boolean isDottedQuad(String value) {
        int groups = 0;
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDigit(c) && digits < 3) {
                digits++;
            } else if (c == '.' && digits > 0 && groups < 3) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 3 && digits > 0;
    }

    /** {@code [0-9]{1,12}}. */
    private static boolean isWholeNumber(String value) {
        int length = value.length();
        if (length == 0 || length > NUMBER_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
