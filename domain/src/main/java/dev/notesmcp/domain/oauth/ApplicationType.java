package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.List;
import java.util.Optional;

/**
 * The kind of client (OpenID Connect Dynamic Registration §2, carried into MCP by SEP-837): a
 * {@code web} client runs on a web server and is redirected to https pages of its own; a
 * {@code native} client runs on the user's device and is redirected to a loopback port, a
 * private-use scheme or a claimed https URL (RFC 8252 §7).
 */
public enum ApplicationType {
    NATIVE("native"),
    WEB("web");

    private final String value;

    ApplicationType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ApplicationType fromValue(String value) {
        for (ApplicationType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new InvalidValueException("application_type", "must be native or web");
    }

    /**
     * The type of a client that names none. OpenID says {@code web}, but most MCP clients are
     * native apps that never send the field: a client is {@code web} only when every redirect URI
     * is an https page on a public host, so every client that registered before keeps working.
     */
    public static ApplicationType inferredFrom(List<RedirectUri> redirectUris) {
        return redirectUris.stream().allMatch(RedirectUri::isWebPage) ? WEB : NATIVE;
    }

    /**
     * Why this type of client may not use {@code uri}, if it may not. A web client uses https pages
     * only: no loopback host and no private-use scheme (OpenID Registration §2); a native client
     * may use any redirect URI that is safe at all (RFC 8252 §7.1–7.3, claimed https included).
     */
    public Optional<String> refusal(RedirectUri uri) {
        if (this == WEB && !uri.isWebPage()) {
            return Optional.of("a web client (application_type web) must use https on a public host;"
                    + " register loopback or private-use redirect URIs with application_type native");
        }
        return Optional.empty();
    }
}
