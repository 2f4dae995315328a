package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditArgumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    private static AuditArguments parse(String line) {
        return AuditArguments.parse(List.of(line.split(" ")), NOW);
    }

    @Test
    void withoutOptionsTheLatestHundredForEveryone() {
        assertThat(parse("audit")).isEqualTo(new AuditArguments(AuditQuery.latest(AuditArguments.DEFAULT_LIMIT), false));
    }

    @Test
    void everyOptionInAnyOrderWithJsonAnywhere() {
        assertThat(parse("audit --limit 5 --json --since 1h --client abc --user dev:ada"))
                .isEqualTo(new AuditArguments(AuditQuery.latest(5).user(new UserId("dev:ada"))
                        .client(new ClientId("abc")).since(NOW.minus(Duration.ofHours(1))), true));
        assertThat(parse("audit --limit " + AuditQuery.MAX_LIMIT).query().limit()).isEqualTo(AuditQuery.MAX_LIMIT);
    }

    @ParameterizedTest
    @CsvSource({"30s, PT30S", "15m, PT15M", "1h, PT1H", "7d, P7D", "PT2H, PT2H", "0s, PT0S"})
    void sinceCountsBackFromNowInTheSettingsDurations(String since, Duration back) {
        assertThat(parse("audit --since " + since).query().since()).contains(NOW.minus(back));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "audit --since banana | --since: must be a duration like 30s, 15m, 1h or 7d",
            "audit --since -PT1H | --since: counts back from now",
            "audit --limit 0 | --limit: must be a whole number from 1 to 10000, e.g. --limit 100",
            "audit --limit 10001 | --limit: must be a whole number from 1 to 10000",
            "audit --limit many | --limit: must be a whole number from 1 to 10000",
            "audit --limit | --limit: needs a value after it",
            "audit --user dev:a --user dev:b | --user: may be given once",
            "audit --grant g | --grant: is not an option of this command (it takes --client, --limit, --since, --user)",
            "audit list | list: is not an option of this command",
            "audit --user nobody | --user: must look like <provider>:<id>",
            "audit --client not/ok | --client: "})
    void aMistakeNamesTheOptionAndWhatToWriteInstead(String line, String message) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(InvalidValueException.class).hasMessageContaining(message);
    }
}
