package dev.notesmcp.bootstrap.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of store adapters, and what each one asks of its variables. */
class StoreAdaptersTest {

    @Test
    void theCatalogueOffersMemoryPostgresAndRedisOfWhichRedisHoldsNoDurableState() {
        assertThat(StoreAdapters.names()).containsExactly("memory", "postgres", "redis");
        assertThat(StoreAdapters.durableNames()).containsExactly("memory", "postgres");
        assertThat(StoreAdapters.find("mongo")).isEmpty();
        // Names are matched as written; STORE's value is lower-cased before it is looked up.
        assertThat(StoreAdapters.find("Postgres")).isEmpty();
    }

    @Test
    void aChosenStoreWithoutItsUrlSaysWhichVariableOneLineEach() {
        assertThat(problems("memory", Map.of())).isEmpty();
        assertThat(problems("postgres", Map.of())).singleElement().asString()
                .isEqualTo("DATABASE_URL: required with STORE=postgres or EPHEMERAL_STORE=postgres,"
                        + " e.g. postgres://user:password@localhost:5432/notes");
        assertThat(problems("redis", Map.of())).singleElement().asString()
                .isEqualTo("REDIS_URL: required with EPHEMERAL_STORE=redis, e.g. redis://:password@localhost:6379/0");
    }

    @Test
    void everyBadVariableOfAStoreIsReportedAtOnce() {
        assertThat(problems("postgres", Map.of("DATABASE_URL", "mysql://u:hunter2@db/notes",
                "DATABASE_SCHEMA", "Bad", "DATABASE_MIGRATE", "maybe")))
                .extracting(problem -> problem.split("[^A-Z_]", 2)[0])
                .containsExactlyInAnyOrder("DATABASE_URL", "DATABASE_SCHEMA", "DATABASE_MIGRATE");
    }

    @Test
    void aStoreThatIsNotChosenRequiresNothingAndIsNotConfigured() {
        for (StoreAdapter adapter : List.of(new PostgresStoreAdapter(), new RedisStoreAdapter())) {
            List<String> problems = new ArrayList<>();
            assertThat(adapter.configure(variables(Map.of()), false, problems)).isEmpty();
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void aConfiguredStoreNeverShowsItsPassword() {
        ConfiguredStore postgres = new PostgresStoreAdapter().configure(
                variables(Map.of("DATABASE_URL", "postgres://notes:hunter2@db:5432/notes")), true, new ArrayList<>())
                .orElseThrow();
        ConfiguredStore redis = new RedisStoreAdapter().configure(
                variables(Map.of("REDIS_URL", "redis://:hunter3@cache:6379/0")), true, new ArrayList<>()).orElseThrow();

        assertThat(postgres.toString()).doesNotContain("hunter2");
        assertThat(redis.toString()).doesNotContain("hunter3");
    }

    private static List<String> problems(String name, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        Optional<ConfiguredStore> configured = StoreAdapters.find(name).orElseThrow()
                .configure(variables(values), true, problems);
        assertThat(configured.isPresent()).as("configured exactly when there is no problem").isEqualTo(problems.isEmpty());
        return problems;
    }

    private static Function<String, Optional<String>> variables(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
