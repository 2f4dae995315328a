package dev.notesmcp.adapter.oidc;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks the settings records share. Each message names the variable an operator sets and
 * never repeats a value that may be a secret.
 */
final class SettingsChecks {

    /** RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private SettingsChecks() {
    }

    static String credential(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + ": is required");
        }
        if (!value.equals(value.strip()) || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(variable + ": must not contain spaces at its ends or control characters");
        }
        return value;
    }

    /**
     * An issuer (OpenID Connect Discovery 1.0 §2, Core §2 "iss"): https with a host, an optional port
     * and path, no query, fragment or user info; plain http only on a loopback host (tests, local
     * development). It is kept exactly as given: it must equal the provider's own issuer.
     */
    static URI issuer(String variable, URI issuer) {
        if (issuer == null) {
            throw new IllegalArgumentException(variable + ": is required");
        }
        String scheme = issuer.getScheme() == null ? "" : issuer.getScheme();
        if (issuer.isOpaque() || issuer.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(variable + ": must be an absolute https:// URL (the provider's issuer)");
        }
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null || issuer.getRawUserInfo() != null) {
            throw new IllegalArgumentException(variable + ": must not carry user info, a query or a fragment");
        }
        if (scheme.equals("http") && !isLoopback(issuer.getHost())) {
            throw new IllegalArgumentException(variable + ": must use https (plain http is allowed only on a loopback host)");
        }
        return issuer;
    }

    /** Whether {@code url} may be called for the provider whose issuer is {@code issuer}: https, or http on loopback. */
    static boolean isSafeEndpoint(URI url) {
        if (url == null || url.getHost() == null || url.getScheme() == null) {
            return false;
        }
        return url.getScheme().equals("https") || url.getScheme().equals("http") && isLoopback(url.getHost());
    }

    static List<String> scopes(String variable, Collection<String> scopes) {
        List<String> checked = new ArrayList<>(new LinkedHashSet<>(scopes));
        for (String scope : checked) {
            if (scope == null || !SCOPE_TOKEN.matcher(scope).matches()) {
                throw new IllegalArgumentException(variable + ": must be scope names separated by spaces or commas");
            }
        }
        if (!checked.contains("openid")) {
            throw new IllegalArgumentException(variable + ": must include openid (without it there is no ID token)");
        }
        return List.copyOf(checked);
    }

    /** DNS names, lower-cased: Google Workspace domains. */
    static Set<String> domains(String variable, Collection<String> domains) {
        Set<String> checked = new LinkedHashSet<>();
        for (String domain : domains) {
            String lower = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(lower).matches()) {
                throw new IllegalArgumentException(variable + ": must be a comma list of domain names such as example.com");
            }
            checked.add(lower);
        }
        return Set.copyOf(checked);
    }

    /** Names without spaces or control characters (GitLab group paths, e.g. {@code acme/platform}). */
    static Set<String> names(String variable, Collection<String> names) {
        Set<String> checked = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.length() > 255
                    || name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException(variable + ": must be a comma list of group paths such as acme/platform");
            }
            checked.add(name);
        }
        return Set.copyOf(checked);
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost: never looked up here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
