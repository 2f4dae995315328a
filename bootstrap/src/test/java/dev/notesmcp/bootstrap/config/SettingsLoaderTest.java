package dev.notesmcp.bootstrap.config;

import dev.notesmcp.adapter.github.GitHubProviderSettings;
import dev.notesmcp.adapter.redis.RedisSettings;
import dev.notesmcp.adapter.redis.RedisUrl;
import dev.notesmcp.bootstrap.identity.GitHubIdentityAdapter;
import dev.notesmcp.bootstrap.store.MemoryStoreAdapter;
import dev.notesmcp.bootstrap.store.PostgresStoreAdapter;
import dev.notesmcp.bootstrap.store.RedisStoreAdapter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettingsLoaderTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-signing";
    private static final String PUBLIC = "https://notes.example.com";

    /** Settings from {@code NAME, value} pairs. */
    private static Settings load(String... pairs) {
        return SettingsLoader.load(Environment.of(variables(pairs)));
    }

    /** The problems reported for {@code NAME, value} pairs; fails when the settings are accepted. */
    private static List<String> problems(String... pairs) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(pairs));
        assertThat(refused).as("settings should have been refused").isNotNull();
        return refused.problems();
    }

    private static Map<String, String> variables(String... pairs) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    /** A valid production-like configuration: GitHub sign-in on a public URL. */
    private static String[] github(String... more) {
        String[] base = {"PUBLIC_URL", PUBLIC, "GITHUB_CLIENT_ID", "Iv1.client", "GITHUB_CLIENT_SECRET", "gh-secret",
                "JWT_SIGNING_SECRET", SECRET};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Nested
    class Defaults {

        @Test
        void anEmptyEnvironmentStartsALocalDevelopmentServer() {
            Settings settings = load();

            // The dev login lets anyone sign in as anyone: loopback only.
            assertThat(settings.host()).isEqualTo("127.0.0.1");
            assertThat(settings.port()).isEqualTo(10000);
            assertThat(settings.publicUrl()).isEqualTo(URI.create("http://localhost:10000"));
            assertThat(settings.mcpUrl()).isEqualTo(URI.create("http://localhost:10000/mcp"));
            assertThat(settings.identityProviderNames()).containsExactly("dev");
            assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofHours(1));
            assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
            assertThat(settings.stores().durable()).isEqualTo(new MemoryStoreAdapter.Memory());
            assertThat(settings.stores().shortLived()).isSameAs(settings.stores().durable());
            assertThat(settings.allowedOrigins()).isEmpty();
        }

        @Test
        void theDevLoginGetsAnEphemeralSecretThatIsFlagged() {
            Settings first = load();
            Settings second = load();

            assertThat(first.jwtSigningSecretIsEphemeral()).isTrue();
            assertThat(first.jwtSigningSecret().bytes()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(first.jwtSigningSecret().value()).isNotEqualTo(second.jwtSigningSecret().value());
        }

        @Test
        void theDefaultPublicUrlFollowsThePort() {
            Settings settings = load("PORT", "8080");

            assertThat(settings.port()).isEqualTo(8080);
            assertThat(settings.publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
        }

        @Test
        void blankValuesCountAsUnset() {
            Settings settings = load("PORT", "  ", "PUBLIC_URL", "", "JWT_SIGNING_SECRET", " ");

            assertThat(settings.port()).isEqualTo(10000);
            assertThat(settings.jwtSigningSecretIsEphemeral()).isTrue();
        }

        @Test
        void hostIsTakenAsGiven() {
            assertThat(load("HOST", "::1").host()).isEqualTo("::1");
            assertThat(load(github("HOST", "10.0.0.5")).host()).isEqualTo("10.0.0.5");
        }

        @Test
        void withGitHubSignInTheServerListensEverywhereByDefault() {
            assertThat(load(github()).host()).isEqualTo("0.0.0.0");
        }

        @Test
        void theDevLoginRefusesToListenBeyondLoopback() {
            assertThat(problems("HOST", "0.0.0.0")).singleElement().asString()
                    .startsWith("HOST: the dev login lets anyone sign in as any user");
        }
    }

    @Nested
    class SigningSecret {

        @Test
        void aConfiguredSecretIsUsedAndNotFlagged() {
            Settings settings = load("JWT_SIGNING_SECRET", SECRET);

            assertThat(settings.jwtSigningSecret().value()).isEqualTo(SECRET);
            assertThat(settings.jwtSigningSecretIsEphemeral()).isFalse();
        }

        @Test
        void aShortSecretIsNamedButNeverShown() {
            String shortSecret = "hunter2-not-long-enough";

            List<String> problems = problems("JWT_SIGNING_SECRET", shortSecret);

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem).startsWith("JWT_SIGNING_SECRET").contains("32 bytes").doesNotContain(shortSecret);
            });
            assertThatThrownBy(() -> load("JWT_SIGNING_SECRET", shortSecret))
                    .hasMessageNotContaining(shortSecret);
        }

        @Test
        void theMinimumCountsBytesNotCharacters() {
            String sixteenTwoByteCharacters = "é".repeat(16);
            assertThat(sixteenTwoByteCharacters.getBytes(StandardCharsets.UTF_8)).hasSize(32);

            assertThat(load("JWT_SIGNING_SECRET", sixteenTwoByteCharacters).jwtSigningSecretIsEphemeral()).isFalse();
            assertThat(problems("JWT_SIGNING_SECRET", "x".repeat(31))).singleElement().asString()
                    .startsWith("JWT_SIGNING_SECRET").contains("got 31");
            assertThat(load("JWT_SIGNING_SECRET", "x".repeat(32)).jwtSigningSecret().bytes()).hasSize(32);
        }

        @Test
        void isRequiredForAnythingButTheDevLogin() {
            List<String> problems = problems("PUBLIC_URL", PUBLIC, "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s");

            assertThat(problems).singleElement().asString()
                    .startsWith("JWT_SIGNING_SECRET: required").contains("openssl rand -hex 32");
        }
    }

    @Nested
    class IdentityProvider {

        @Test
        void aPublicUrlWithoutGitHubIsRefusedNamingIdentityProvider() {
            assertThat(problems("PUBLIC_URL", PUBLIC, "JWT_SIGNING_SECRET", SECRET)).singleElement().asString()
                    .startsWith("IDENTITY_PROVIDER").contains(PUBLIC).contains("GITHUB_CLIENT_ID");
        }

        @Test
        void gitHubIsChosenWhenItsClientIdIsSet() {
            Settings settings = load(github());

            assertThat(settings.identityProviderNames()).containsExactly("github");
            assertThat(gitHub(settings)).satisfies(gitHub -> {
                assertThat(gitHub.clientId()).isEqualTo("Iv1.client");
                assertThat(gitHub.clientSecret()).isEqualTo("gh-secret");
                assertThat(gitHub.webUrl()).isEqualTo(URI.create("https://github.com"));
                assertThat(gitHub.apiUrl()).isEqualTo(URI.create("https://api.github.com"));
                assertThat(gitHub.allowedOrgs()).isEmpty();
            });
        }

        @Test
        void gitHubWinsOverTheDevLoginOnLoopbackToo() {
            Settings settings = load("GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", SECRET);

            assertThat(settings.identityProviderNames()).containsExactly("github");
        }

        @Test
        void gitHubEnterpriseServerUrlsAreTaken() {
            Settings settings = load(github("GITHUB_URL", "https://ghe.example.com",
                    "GITHUB_API_URL", "https://ghe.example.com/api/v3"));

            assertThat(gitHub(settings)).satisfies(gitHub -> {
                assertThat(gitHub.webUrl()).isEqualTo(URI.create("https://ghe.example.com"));
                assertThat(gitHub.apiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
            });
        }

        @Test
        void badGitHubUrlsAreNamed() {
            assertThat(problems(github("GITHUB_URL", "github.com", "GITHUB_API_URL", "https://api.github.com?x=1")))
                    .hasSize(2)
                    .anySatisfy(problem -> assertThat(problem).startsWith("GITHUB_URL:"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("GITHUB_API_URL:"));
        }

        @Test
        void gitHubNeedsItsClientSecret() {
            assertThat(problems("PUBLIC_URL", PUBLIC, "GITHUB_CLIENT_ID", "id", "JWT_SIGNING_SECRET", SECRET))
                    .singleElement().asString().startsWith("GITHUB_CLIENT_SECRET");
        }

        @Test
        void gitHubChosenExplicitlyNeedsBothClientIdAndSecret() {
            assertThat(problems("IDENTITY_PROVIDER", "github", "PUBLIC_URL", PUBLIC, "JWT_SIGNING_SECRET", SECRET))
                    .hasSize(2)
                    .anySatisfy(problem -> assertThat(problem).startsWith("GITHUB_CLIENT_ID"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("GITHUB_CLIENT_SECRET"));
        }

        @Test
        void theDevLoginIsRefusedOnAPublicUrl() {
            assertThat(problems("IDENTITY_PROVIDER", "dev", "PUBLIC_URL", PUBLIC, "JWT_SIGNING_SECRET", SECRET))
                    .singleElement().asString().startsWith("IDENTITY_PROVIDER").contains("loopback").contains(PUBLIC);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost:10000", "http://LOCALHOST:9000/notes", "http://127.0.0.1:8080",
                "http://127.0.0.53", "http://[::1]:10000"})
        void theDevLoginIsChosenOnLoopback(String publicUrl) {
            Settings settings = load("PUBLIC_URL", publicUrl);

            assertThat(settings.identityProviderNames()).containsExactly("dev");
            assertThat(settings.jwtSigningSecretIsEphemeral()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://0.0.0.0:10000", "http://10.0.0.5", "http://localhost.example.com",
                "http://127.0.0.1.nip.io", "http://[::2]"})
        void lookalikesOfLoopbackAreNotLoopback(String publicUrl) {
            assertThat(problems("PUBLIC_URL", publicUrl, "IDENTITY_PROVIDER", "dev"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("IDENTITY_PROVIDER").contains("loopback"));
        }

        @Test
        void theDevLoginMayBeChosenExplicitlyInAnyCase() {
            assertThat(load("IDENTITY_PROVIDER", "DEV").identityProviderNames()).containsExactly("dev");
        }

        @ParameterizedTest
        @ValueSource(strings = {"okta", "Keycloak", "facebook"})
        void providersThisBuildDoesNotOfferAreRefusedListingWhatItOffers(String provider) {
            assertThat(problems("IDENTITY_PROVIDER", provider, "JWT_SIGNING_SECRET", SECRET))
                    .singleElement().asString()
                    .isEqualTo("IDENTITY_PROVIDER: unknown identity provider '" + provider.toLowerCase(java.util.Locale.ROOT)
                            + "'; this build offers github, google, gitlab, oidc, dev");
        }

        @Test
        void unknownProvidersAreRefusedListingTheChoices() {
            assertThat(problems("IDENTITY_PROVIDERS", "facebook", "JWT_SIGNING_SECRET", SECRET)).singleElement().asString()
                    .isEqualTo("IDENTITY_PROVIDERS: unknown identity provider 'facebook'; this build offers github, google,"
                            + " gitlab, oidc, dev");
        }
    }

    @Nested
    class SeveralIdentityProviders {

        @Test
        void aCommaListConfiguresEachProviderInItsOrder() {
            Settings settings = load("IDENTITY_PROVIDERS", " github , DEV ", "GITHUB_CLIENT_ID", "id",
                    "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", SECRET);

            assertThat(settings.identityProviderNames()).containsExactly("github", "dev");
            assertThat(load("IDENTITY_PROVIDERS", "dev,github", "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s",
                    "JWT_SIGNING_SECRET", SECRET).identityProviderNames()).containsExactly("dev", "github");
        }

        @Test
        void theOlderSingularNameTakesAListToo() {
            assertThat(load("IDENTITY_PROVIDER", "dev,github", "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s",
                    "JWT_SIGNING_SECRET", SECRET).identityProviderNames()).containsExactly("dev", "github");
        }

        @Test
        void bothNamesMayBeSetOnlyToTheSameList() {
            assertThat(load("IDENTITY_PROVIDERS", "dev", "IDENTITY_PROVIDER", "DEV").identityProviderNames())
                    .containsExactly("dev");
            assertThat(problems("IDENTITY_PROVIDERS", "dev", "IDENTITY_PROVIDER", "github", "GITHUB_CLIENT_ID", "id",
                    "GITHUB_CLIENT_SECRET", "s")).singleElement().asString()
                    .startsWith("IDENTITY_PROVIDERS: set it or its older name IDENTITY_PROVIDER");
        }

        @Test
        void aProviderListedTwiceOrAnEmptyEntryIsRefused() {
            assertThat(problems("IDENTITY_PROVIDERS", "dev,github,dev", "GITHUB_CLIENT_ID", "id",
                    "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", SECRET))
                    .containsExactly("IDENTITY_PROVIDERS: 'dev' is listed twice");
            assertThat(problems("IDENTITY_PROVIDERS", "dev,,github", "GITHUB_CLIENT_ID", "id",
                    "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", SECRET)).singleElement().asString()
                    .startsWith("IDENTITY_PROVIDERS: a comma list of provider names");
        }

        @Test
        void everyListedProviderNeedsItsOwnSettingsAndEachGapIsNamed() {
            assertThat(problems("IDENTITY_PROVIDERS", "dev,github", "JWT_SIGNING_SECRET", SECRET)).containsExactlyInAnyOrder(
                    "GITHUB_CLIENT_ID: required for GitHub sign-in (the Client ID of your GitHub OAuth App)",
                    "GITHUB_CLIENT_SECRET: required for GitHub sign-in (a client secret of your GitHub OAuth App)");
        }

        @Test
        void withTheDevLoginAmongOthersTheServerStillListensOnLoopbackOnlyAndNeedsARealSecret() {
            Settings settings = load("IDENTITY_PROVIDERS", "github,dev", "GITHUB_CLIENT_ID", "id",
                    "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", SECRET);
            assertThat(settings.host()).isEqualTo("127.0.0.1");

            assertThat(problems("IDENTITY_PROVIDERS", "github,dev", "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s"))
                    .singleElement().asString().startsWith("JWT_SIGNING_SECRET: required");
            assertThat(problems("IDENTITY_PROVIDERS", "github,dev", "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s",
                    "JWT_SIGNING_SECRET", SECRET, "HOST", "0.0.0.0")).singleElement().asString().startsWith("HOST:");
        }

        @Test
        void theDevLoginAmongOthersIsStillRefusedOnAPublicUrl() {
            assertThat(problems(github("IDENTITY_PROVIDERS", "github,dev"))).singleElement().asString()
                    .startsWith("IDENTITY_PROVIDERS: the dev login is only allowed when PUBLIC_URL is a loopback");
        }

        @Test
        void gitHubsAllowedOrganisationsAreACommaList() {
            Settings settings = load(github("GITHUB_ALLOWED_ORGS", " acme, Widgets-Inc ,,"));

            assertThat(gitHub(settings).allowedOrgs()).containsExactly("acme", "Widgets-Inc");
            assertThat(problems(github("GITHUB_ALLOWED_ORGS", "acme,not an org"))).singleElement().asString()
                    .startsWith("GITHUB_ALLOWED_ORGS: 'not an org' is not a GitHub organisation name");
        }
    }

    private static PostgresStoreAdapter.Postgres postgres(Settings settings) {
        return (PostgresStoreAdapter.Postgres) settings.stores().durable();
    }

    private static GitHubProviderSettings gitHub(Settings settings) {
        return settings.identityProvider(GitHubIdentityAdapter.GitHub.class).orElseThrow().settings();
    }

    @Nested
    class Stores {

        @Test
        void memoryIsTheDefaultAndMayBeSpelledInAnyCase() {
            Settings settings = load("STORE", "MEMORY", "EPHEMERAL_STORE", "Memory");

            assertThat(settings.stores().durable().name()).isEqualTo("memory");
            assertThat(settings.stores().shortLived()).isSameAs(settings.stores().durable());
        }

        @Test
        void postgresTakesTheDatabaseUrlAndDefaultsToThePublicSchemaWithMigrations() {
            Settings settings = load("STORE", "postgres", "DATABASE_URL", "postgres://u:p@db:5432/notes");

            // One configured store for both, so one pool serves both.
            assertThat(settings.stores().shortLived()).isSameAs(settings.stores().durable());
            assertThat(postgres(settings).settings().url().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/notes");
            assertThat(postgres(settings).settings().schema()).isEqualTo("public");
            assertThat(postgres(settings).migrate()).isTrue();
        }

        @Test
        void postgresNeedsADatabaseUrl() {
            assertThat(problems("STORE", "postgres")).singleElement().asString().startsWith("DATABASE_URL: required");
            assertThat(problems("EPHEMERAL_STORE", "postgres")).singleElement().asString()
                    .startsWith("DATABASE_URL: required");
        }

        @Test
        void aMalformedDatabaseUrlIsReportedWithoutItsPassword() {
            assertThat(problems("STORE", "postgres", "DATABASE_URL", "mysql://u:hunter2@db/notes")).singleElement()
                    .asString().startsWith("DATABASE_URL").doesNotContain("hunter2");
        }

        @Test
        void theSchemaAndMigrationsCanBeChosen() {
            Settings settings = load("STORE", "postgres", "DATABASE_URL", "postgres://db/notes",
                    "DATABASE_SCHEMA", "notes_prod", "DATABASE_MIGRATE", "false");

            assertThat(postgres(settings).settings().schema()).isEqualTo("notes_prod");
            assertThat(postgres(settings).migrate()).isFalse();
            assertThat(problems("DATABASE_SCHEMA", "Robert'); DROP TABLE")).singleElement().asString()
                    .startsWith("DATABASE_SCHEMA:");
            assertThat(problems("DATABASE_MIGRATE", "maybe")).singleElement().asString()
                    .startsWith("DATABASE_MIGRATE: must be true or false");
        }

        @Test
        void thePoolSizeCanBeChosenAndIsTenByDefault() {
            assertThat(postgres(load("STORE", "postgres", "DATABASE_URL", "postgres://db/notes")).settings().maxPoolSize())
                    .isEqualTo(10);
            assertThat(postgres(load("STORE", "postgres", "DATABASE_URL", "postgres://db/notes", "DATABASE_POOL_SIZE", "6"))
                    .settings().maxPoolSize()).isEqualTo(6);
            assertThat(problems("STORE", "postgres", "DATABASE_URL", "postgres://db/notes", "DATABASE_POOL_SIZE", "2"))
                    .singleElement().asString().startsWith("DATABASE_POOL_SIZE: must be a whole number from 3");
            assertThat(problems("STORE", "postgres", "DATABASE_URL", "postgres://db/notes", "DATABASE_POOL_SIZE", "many"))
                    .singleElement().asString().startsWith("DATABASE_POOL_SIZE:");
        }

        @Test
        void redisIsNeverTheDurableStore() {
            assertThat(problems("STORE", "redis"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("STORE: redis holds only short-lived state"));
        }

        @Test
        void redisNeedsARedisUrl() {
            assertThat(problems("EPHEMERAL_STORE", "redis")).singleElement().asString()
                    .startsWith("REDIS_URL: required");
        }

        @Test
        void redisTakesItsUrlAndAKeyPrefix() {
            Settings settings = load("STORE", "postgres", "DATABASE_URL", "postgres://db/notes",
                    "EPHEMERAL_STORE", "redis", "REDIS_URL", "redis://:pw@cache:6379/2", "REDIS_KEY_PREFIX", "notes-a:");

            assertThat(settings.stores().durable().name()).isEqualTo("postgres");
            RedisSettings redis = ((RedisStoreAdapter.Redis) settings.stores().shortLived()).settings();
            assertThat(redis.url().host()).isEqualTo("cache");
            assertThat(redis.url().database()).isEqualTo(2);
            assertThat(redis.keyPrefix()).isEqualTo("notes-a:");
            assertThat(problems("EPHEMERAL_STORE", "redis", "REDIS_URL", "http://:hunter2@cache")).singleElement()
                    .asString().startsWith("REDIS_URL").doesNotContain("hunter2");
        }

        @Test
        void redisTakesSentinelAndClusterUrls() {
            RedisSettings sentinel = ((RedisStoreAdapter.Redis) load("EPHEMERAL_STORE", "redis",
                    "REDIS_URL", "rediss-sentinel://:hunter2@s1:26379,s2:26379/0#mymaster").stores().shortLived()).settings();
            RedisSettings cluster = ((RedisStoreAdapter.Redis) load("EPHEMERAL_STORE", "redis",
                    "REDIS_URL", "redis-cluster://:hunter2@n1:7000,n2:7001,n3:7002").stores().shortLived()).settings();

            assertThat(sentinel.url().topology()).isEqualTo(RedisUrl.Topology.SENTINEL);
            assertThat(sentinel.url().masterId()).hasValue("mymaster");
            assertThat(sentinel.url().toString()).isEqualTo("rediss-sentinel://:****@s1:26379,s2:26379/0#mymaster");
            assertThat(cluster.url().topology()).isEqualTo(RedisUrl.Topology.CLUSTER);
            assertThat(cluster.url().endpoints()).hasSize(3);
            assertThat(problems("EPHEMERAL_STORE", "redis", "REDIS_URL", "redis-cluster://:hunter2@n1:7000/3"))
                    .singleElement().asString()
                    .isEqualTo("REDIS_URL selects a database, but Redis Cluster has only database 0");
            assertThat(problems("EPHEMERAL_STORE", "redis", "REDIS_URL", "redis-sentinel://:hunter2@s1:26379/0"))
                    .singleElement().asString().startsWith("REDIS_URL needs the Sentinel master's name");
        }

        @Test
        void unknownStoresListTheChoices() {
            assertThat(problems("STORE", "mongo")).singleElement().asString()
                    .isEqualTo("STORE: must be memory or postgres (got 'mongo')");
            assertThat(problems("EPHEMERAL_STORE", "memcached")).singleElement().asString()
                    .isEqualTo("EPHEMERAL_STORE: must be memory, postgres or redis (got 'memcached')");
        }

        @Test
        void connectionUrlsAreKeptWithTheirPasswordsButNeverShown() {
            Settings settings = load("STORE", "postgres", "DATABASE_URL", "postgres://notes:pw-db@db:5432/notes",
                    "EPHEMERAL_STORE", "redis", "REDIS_URL", "redis://:pw-cache@cache:6379/0");

            assertThat(postgres(settings).settings().url().password()).hasValue("pw-db");
            assertThat(((RedisStoreAdapter.Redis) settings.stores().shortLived()).settings().url().password())
                    .hasValue("pw-cache");
            assertThat(settings.toString()).doesNotContain("pw-db").doesNotContain("pw-cache");
        }

        @Test
        void aStoreVariableThatIsSetIsCheckedEvenWhenTheStoreIsNotChosen() {
            assertThat(problems("DATABASE_URL", "mysql://u:hunter2@db/notes")).singleElement().asString()
                    .startsWith("DATABASE_URL").doesNotContain("hunter2");
            assertThat(problems("REDIS_KEY_PREFIX", "has space")).singleElement().asString()
                    .startsWith("REDIS_KEY_PREFIX: must be 1 to 64");
        }

        @Test
        void aStoreThatIsNotChosenNeedsNoVariables() {
            assertThat(load("STORE", "postgres", "DATABASE_URL", "postgres://db/notes").stores().shortLived().name())
                    .isEqualTo("postgres");
            assertThat(load("EPHEMERAL_STORE", "memory").stores().durable().name()).isEqualTo("memory");
        }

        @Test
        void theStoresMayBeMixed() {
            Settings settings = load("STORE", "memory", "EPHEMERAL_STORE", "postgres", "DATABASE_URL", "postgres://db/n");

            assertThat(settings.stores().durable().name()).isEqualTo("memory");
            assertThat(settings.stores().shortLived().name()).isEqualTo("postgres");
            assertThat(settings.stores().shortLived().sharedByInstances()).isTrue();
            assertThat(settings.stores().durable().sharedByInstances()).isFalse();
        }
    }

    @Nested
    class Port {

        @ParameterizedTest
        @ValueSource(strings = {"1", "443", "65535"})
        void acceptsPortNumbers(String port) {
            assertThat(load("PORT", port).port()).isEqualTo(Integer.parseInt(port));
        }

        @ParameterizedTest
        @ValueSource(strings = {"http", "80.5", "0x50", "65536", "-1", "99999999999"})
        void refusesAnythingElseNamingPort(String port) {
            assertThat(problems("PORT", port)).singleElement().asString()
                    .isEqualTo("PORT: must be a port number from 1 to 65535 (got '" + port + "')");
        }
    }

    @Nested
    class PublicUrl {

        @ParameterizedTest
        @CsvSource({
                "http://localhost:10000/,       http://localhost:10000",
                "https://notes.example.com/,    https://notes.example.com",
                "https://example.com/notes/,    https://example.com/notes",
                "https://example.com/a/b,       https://example.com/a/b"})
        void dropsATrailingSlashAndKeepsAPathPrefix(String configured, String expected) {
            Settings settings = load(github("PUBLIC_URL", configured));

            assertThat(settings.publicUrl()).isEqualTo(URI.create(expected));
            assertThat(settings.mcpUrl()).isEqualTo(URI.create(expected + "/mcp"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://notes.example.com/?tenant=1", "https://notes.example.com/#top",
                "https://admin@notes.example.com"})
        void refusesQueryFragmentAndUserInfo(String configured) {
            assertThat(problems(github("PUBLIC_URL", configured))).singleElement().asString()
                    .startsWith("PUBLIC_URL: must not carry user info, a query or a fragment");
        }

        @ParameterizedTest
        @ValueSource(strings = {"notes.example.com", "localhost:10000", "ftp://notes.example.com", "https://", "http://exa mple.com",
                "/notes"})
        void refusesAnythingButAnAbsoluteHttpUrl(String configured) {
            assertThat(problems(github("PUBLIC_URL", configured)))
                    .anySatisfy(problem -> assertThat(problem).startsWith("PUBLIC_URL:"));
        }
    }

    @Nested
    class Lifetimes {

        @ParameterizedTest
        @CsvSource({"90s, PT1M30S", "15m, PT15M", "1h, PT1H", "30d, PT720H", "PT1H, PT1H", "pt45m, PT45M", "2H, PT2H"})
        void readsShortFormsAndIso8601(String configured, Duration expected) {
            Settings settings = load("ACCESS_TOKEN_TTL", configured, "REFRESH_TOKEN_TTL", configured);

            assertThat(settings.accessTokenTtl()).isEqualTo(expected);
            assertThat(settings.refreshTokenTtl()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"soon", "1w", "1.5h", "h", "10", "-5m"})
        void refusesGarbageNamingTheVariable(String configured) {
            assertThat(problems("ACCESS_TOKEN_TTL", configured)).singleElement().asString()
                    .startsWith("ACCESS_TOKEN_TTL: must be a duration like 90s, 15m, 1h or 30d")
                    .contains("'" + configured + "'");
            assertThat(problems("REFRESH_TOKEN_TTL", configured)).singleElement().asString()
                    .startsWith("REFRESH_TOKEN_TTL:");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0s", "0d", "PT0S", "-PT1H"})
        void refusesLifetimesThatAreNotPositive(String configured) {
            assertThat(problems("REFRESH_TOKEN_TTL", configured)).singleElement().asString()
                    .isEqualTo("REFRESH_TOKEN_TTL: must be longer than zero (got '" + configured + "')");
        }
    }

    @Nested
    class AllowedOrigins {

        @Test
        void readsACommaSeparatedListOfOrigins() {
            Settings settings = load("ALLOWED_ORIGINS", "https://app.example.com, http://localhost:5173 ,,");

            assertThat(settings.allowedOrigins()).containsExactly("https://app.example.com", "http://localhost:5173");
        }

        @Test
        void normalisesOriginsAsBrowsersSendThem() {
            Settings settings = load("ALLOWED_ORIGINS", "HTTPS://App.Example.com:443/,http://tools.example.com:80,https://x.example.com:8443");

            assertThat(settings.allowedOrigins())
                    .containsExactly("https://app.example.com", "http://tools.example.com", "https://x.example.com:8443");
        }

        @Test
        void refusesEntriesWithAPath() {
            assertThat(problems("ALLOWED_ORIGINS", "https://app.example.com,https://other.example.com/app"))
                    .singleElement().asString()
                    .startsWith("ALLOWED_ORIGINS: each entry must be an origin")
                    .contains("https://other.example.com/app");
        }

        @Test
        void refusesEntriesThatAreNotHttpUrls() {
            assertThat(problems("ALLOWED_ORIGINS", "app.example.com")).singleElement().asString()
                    .startsWith("ALLOWED_ORIGINS:");
        }
    }

    @Nested
    class Reporting {

        @Test
        void reportsEveryProblemAtOnceOneLineEachNamingItsVariable() {
            InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(
                    "PORT", "eighty",
                    "PUBLIC_URL", "https://notes.example.com?x",
                    "ACCESS_TOKEN_TTL", "forever",
                    "JWT_SIGNING_SECRET", "short",
                    "STORE", "mongo",
                    "ALLOWED_ORIGINS", "https://a.example.com/path",
                    "IDENTITY_PROVIDER", "okta"));

            assertThat(refused.problems()).hasSize(7)
                    .allSatisfy(problem -> assertThat(problem).doesNotContain("\n").doesNotContain("\r"))
                    .extracting(problem -> problem.substring(0, problem.indexOf(':')))
                    .containsExactlyInAnyOrder("PORT", "PUBLIC_URL", "ACCESS_TOKEN_TTL", "JWT_SIGNING_SECRET", "STORE",
                            "ALLOWED_ORIGINS", "IDENTITY_PROVIDER");
            assertThat(refused).hasMessage(String.join("; ", refused.problems()));
        }

        @Test
        void theProblemListCannotBeChangedAfterwards() {
            InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load("PORT", "x"));

            assertThatThrownBy(() -> refused.problems().add("more"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class FoundByReview {

        @Test
        void portZeroIsRefusedAsTheMessageSays() {
            assertThat(problems("PORT", "0")).singleElement().asString().startsWith("PORT: must be a port number from 1");
        }

        @Test
        void aPasswordInAUrlIsNeverRepeatedInTheProblem() {
            List<String> problems = problems(github("PUBLIC_URL", "https://admin:hunter2@notes.example.com",
                    "GITHUB_URL", "https://u:pw2@ghe.example.com", "ALLOWED_ORIGINS", "https://x:pw3@app.example.com/p"));

            assertThat(String.join("\n", problems)).doesNotContain("hunter2").doesNotContain("pw2").doesNotContain("pw3")
                    .contains("***@notes.example.com");
        }

        @Test
        void everyTrailingSlashIsDroppedAndSchemeAndHostAreLowerCased() {
            Settings settings = load(github("PUBLIC_URL", "HTTPS://Notes.Example.COM/Prefix//"));

            assertThat(settings.publicUrl()).isEqualTo(URI.create("https://notes.example.com/Prefix"));
            assertThat(settings.mcpUrl()).isEqualTo(URI.create("https://notes.example.com/Prefix/mcp"));
        }

        @Test
        void anUnsetEphemeralStoreIsNotReportedSeparately() {
            assertThat(problems("STORE", "postgres")).noneMatch(problem -> problem.startsWith("EPHEMERAL_STORE"));
        }

        @Test
        void aNameThatMerelyStartsWith127IsNotLoopback() {
            assertThat(problems("PUBLIC_URL", "http://127.attacker.example")).anyMatch(p -> p.startsWith("IDENTITY_PROVIDER"));
        }
    }
}
