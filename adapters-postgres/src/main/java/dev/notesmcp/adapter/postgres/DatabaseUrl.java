package dev.notesmcp.adapter.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the database is: parsed from {@code DATABASE_URL}, either the common
 * {@code postgres://user:pass@host:port/db?sslmode=require} form (also {@code postgresql://}) or a
 * {@code jdbc:postgresql://…} URL passed through unchanged. Error messages and {@link #toString}
 * never show the password.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    private static final String NAME = "DATABASE_URL";
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static DatabaseUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("is empty; expected postgres://user:password@host:port/database or jdbc:postgresql://…");
        }
        String trimmed = value.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(trimmed, Optional.empty(), Optional.empty());
        }
        if (!trimmed.startsWith("postgres://") && !trimmed.startsWith("postgresql://")) {
            throw invalid("must start with postgres://, postgresql:// or jdbc:postgresql:// (got scheme '"
                    + scheme(trimmed) + "')");
        }
        return fromUri(trimmed);
    }

    private static DatabaseUrl fromUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL (check that special characters in the password are percent-encoded)");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid("names no host; expected postgres://user:password@host:port/database");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw invalid("must name exactly one database after the host, as in postgres://host:5432/notes");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(host);
        if (uri.getPort() != -1) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append('/').append(urlEncode(database));
        List<String> parameters = parameters(uri.getRawQuery());
        if (!parameters.isEmpty()) {
            jdbc.append('?').append(String.join("&", parameters));
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon))).filter(u -> !u.isEmpty());
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new DatabaseUrl(jdbc.toString(), user, password);
    }

    /** Query parameters for the driver: {@code sslmode} is checked, the rest pass through. */
    private static List<String> parameters(String rawQuery) {
        List<String> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String val = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("sslmode") && !SSL_MODES.contains(val.toLowerCase(Locale.ROOT))) {
                throw invalid("has sslmode='" + val + "'; expected one of disable, allow, prefer, require, verify-ca, verify-full");
            }
            if (key.equals("password") || key.equals("user")) {
                throw invalid("must carry the user and password before the host, not as query parameters");
            }
            parameters.add(urlEncode(key) + "=" + urlEncode(key.equals("sslmode") ? val.toLowerCase(Locale.ROOT) : val));
        }
        return parameters;
    }

    private static String scheme(String value) {
        int colon = value.indexOf(':');
        String scheme = colon < 0 ? "" : value.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]{0,20}") ? scheme : "?";
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("contains a malformed %-escape");
        }
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(NAME + " " + problem);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + user.orElse("(default)")
                + ", password=" + (password.isPresent() ? "***" : "(none)") + "]";
    }
}
