package dev.notesmcp.bootstrap.config;

import dev.notesmcp.adapter.http.clientaddress.TrustedProxies;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.LimitRequestRateUseCase.Endpoint;
import dev.notesmcp.application.service.oauth.LimitRequestRateService;
import dev.notesmcp.bootstrap.identity.ConfiguredProvider;
import dev.notesmcp.bootstrap.store.ConfiguredStores;
import dev.notesmcp.domain.oauth.RateLimit;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates the settings. Every problem is collected, so one start-up shows them all,
 * one line each, naming the variable and what to put there. Secrets never appear in a message.
 */
public final class SettingsLoader {

    static final int DEFAULT_PORT = 10000;
    private static final int MIN_SECRET_BYTES = 32;

    private final Environment env;
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(Environment env) {
        this.env = env;
    }

    public static Settings load(Environment env) {
        return new SettingsLoader(env).load();
    }

    private Settings load() {
        int port = parse("PORT", DEFAULT_PORT, SettingsLoader::port);
        URI publicUrl = parse("PUBLIC_URL", URI.create("http://localhost:" + port), SettingsLoader::publicUrl);
        Duration accessTtl = parse("ACCESS_TOKEN_TTL", Duration.ofHours(1), SettingsLoader::lifetime);
        Duration refreshTtl = parse("REFRESH_TOKEN_TTL", Duration.ofDays(30), SettingsLoader::lifetime);
        List<String> providerNames = IdentityProvidersVariable.names(env, publicUrl, problems);
        String host = host(providerNames.contains("dev"));
        List<ConfiguredProvider> providers = IdentityProvidersVariable.configure(providerNames, env, publicUrl,
                problems);
        Optional<Secret> configuredSecret = signingSecret();
        // Tokens that stop working at a restart are only acceptable for the dev login on its own.
        boolean ephemeral = configuredSecret.isEmpty() && providerNames.equals(List.of("dev"));
        if (configuredSecret.isEmpty() && !ephemeral && !env.get("JWT_SIGNING_SECRET").isPresent()) {
            problems.add("JWT_SIGNING_SECRET: required (at least " + MIN_SECRET_BYTES
                    + " bytes); generate one with: openssl rand -hex 32");
        }
        Secret secret = configuredSecret.orElseGet(SettingsLoader::ephemeralSecret);
        Optional<ConfiguredStores> stores = StoresVariables.read(env, problems);
        Duration revocationStaleness = parse("REVOCATION_CACHE", Duration.ofSeconds(2), SettingsLoader::staleness);
        List<String> allowedOrigins = parse("ALLOWED_ORIGINS", List.of(), SettingsLoader::origins);
        Map<Endpoint, RateLimit> rateLimits = parse("RATE_LIMITS", LimitRequestRateService.DEFAULT_LIMITS,
                SettingsLoader::rateLimits);
        TrustedProxies trustedProxies = TrustedProxiesVariable.read(env, problems);
        Duration clientIdleExpiry = ClientIdleExpiryVariable.read(env, problems);
        ClientMetadataDocumentSettings cimd = ClientMetadataDocumentsVariables.read(env, publicUrl, problems);
        TokenSigningSettings tokenSigning = TokenSigningVariables.read(env, problems);
        Optional<ManagementListener> management = ManagementVariables.read(env, port, problems);
        AuditSettings audit = AuditVariables.read(env, problems);
        Duration shutdownGrace = parse("SHUTDOWN_GRACE", Duration.ofSeconds(10), SettingsLoader::shutdownGrace);

        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Settings(host, port, publicUrl, secret, ephemeral, accessTtl, refreshTtl, providers,
                stores.orElseThrow(), revocationStaleness,
                allowedOrigins, rateLimits, trustedProxies, clientIdleExpiry, cimd, tokenSigning, management, audit,
                shutdownGrace);
    }

    private <T> T parse(String name, T fallback, Function<String, T> parser) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(raw.get());
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return fallback;
        }
    }

    private Optional<Secret> signingSecret() {
        Optional<String> raw = env.get("JWT_SIGNING_SECRET");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Secret secret = new Secret(raw.get());
        if (secret.bytes().length < MIN_SECRET_BYTES) {
            problems.add("JWT_SIGNING_SECRET: must be at least " + MIN_SECRET_BYTES + " bytes (got "
                    + secret.bytes().length + "); generate one with: openssl rand -hex 32");
            return Optional.empty();
        }
        return Optional.of(secret);
    }

    /**
     * The dev login lets anyone sign in as anyone, so with it the server listens on loopback only
     * (and refuses to listen anywhere else); otherwise on every interface by default.
     */
    private String host(boolean devLogin) {
        Optional<String> configured = env.get("HOST");
        if (!devLogin) {
            return configured.orElse("0.0.0.0");
        }
        String host = configured.orElse("127.0.0.1");
        if (!(host.equals("127.0.0.1") || host.equals("::1") || host.equals("localhost"))) {
            problems.add("HOST: the dev login lets anyone sign in as any user, so it listens only on loopback"
                    + " (127.0.0.1, ::1 or localhost; got '" + host + "'); configure GitHub sign-in to listen on " + host);
        }
        return host;
    }

    /** How long a "not revoked" answer from a shared store may be reused: 0s turns the cache off, at most 60s. */
    private static Duration staleness(String raw) {
        Duration duration = Durations.parse(raw);
        if (duration.isNegative() || duration.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("must be from 0s to 60s (got '" + raw + "')");
        }
        return duration;
    }

    /** How long SIGTERM waits for requests already read (GracefulShutdown): 0s to 10m. */
    private static Duration shutdownGrace(String raw) {
        Duration duration = Durations.parse(raw);
        if (duration.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("must be from 0s to 10m (got '" + raw + "')");
        }
        return duration;
    }

    static boolean bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false (got '" + raw + "')");
        };
    }

    private static Secret ephemeralSecret() {
        byte[] bytes = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new Secret(HexFormat.of().formatHex(bytes));
    }

    private static int port(String raw) {
        try {
            int port = Integer.parseInt(raw);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a port number from 1 to 65535 (got '" + raw + "')");
    }

    private static Duration lifetime(String raw) {
        Duration duration = Durations.parse(raw);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be longer than zero (got '" + raw + "')");
        }
        return duration;
    }

    /** An absolute http(s) URL without query or fragment; a trailing slash is dropped. */
    static URI publicUrl(String raw) {
        URI uri = baseUrl(raw);
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        // Scheme and host are case-insensitive; the issuer must be one exact string (RFC 8414 §2).
        int afterScheme = text.indexOf("://") + 3;
        int pathStart = text.indexOf('/', afterScheme);
        String origin = pathStart < 0 ? text : text.substring(0, pathStart);
        return URI.create(origin.toLowerCase(Locale.ROOT) + (pathStart < 0 ? "" : text.substring(pathStart)));
    }

    private static URI baseUrl(String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http:// or https:// URL (got '" + redacted(raw) + "')");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("must not carry user info, a query or a fragment (got '" + redacted(raw) + "')");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL (got '" + redacted(raw) + "')");
        }
    }

    /** The text with any {@code user:password@} part masked, so a message never repeats a password. */
    static String redacted(String url) {
        return url.replaceAll("(?<=//)[^/@]*@", "***@");
    }

    /** {@code register=20,token=120}: requests per minute and client address; unnamed endpoints keep their default. */
    private static Map<Endpoint, RateLimit> rateLimits(String raw) {
        Map<Endpoint, RateLimit> limits = new EnumMap<>(LimitRequestRateService.DEFAULT_LIMITS);
        for (String part : raw.split(",")) {
            String[] nameAndValue = part.strip().split("=", 2);
            try {
                Endpoint endpoint = Endpoint.valueOf(nameAndValue[0].strip().toUpperCase(Locale.ROOT));
                limits.put(endpoint, RateLimit.perMinute(Integer.parseInt(nameAndValue[1].strip())));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("must look like register=20,authorize=60,token=120,revoke=60"
                        + " (requests per minute, at least 1; got '" + part.strip() + "')");
            }
        }
        return Map.copyOf(limits);
    }

    private static List<String> origins(String raw) {
        List<String> origins = new ArrayList<>();
        for (String part : raw.split(",")) {
            String candidate = part.strip();
            if (candidate.isEmpty()) {
                continue;
            }
            URI uri = baseUrl(candidate);
            if (!(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
                throw new IllegalArgumentException("each entry must be an origin like https://app.example.com"
                        + " without a path (got '" + redacted(candidate) + "')");
            }
            origins.add(HttpSettings.originOf(uri));
        }
        return List.copyOf(origins);
    }

    /** Loopback by literal address or {@code localhost}, never by a DNS lookup; the same rule as the Origin check. */
    static boolean isLoopback(URI url) {
        return HttpSettings.isLoopback(url);
    }
}
