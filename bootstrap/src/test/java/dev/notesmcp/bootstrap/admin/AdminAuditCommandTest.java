package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes of {@code admin audit} that need no database: bad flags, and a store inside each server. */
class AdminAuditCommandTest {

    private static final Settings IN_MEMORY = SettingsLoader.load(Environment.of(Map.of()));

    private static AdminOutcome run(String... arguments) {
        return AdminAuditCommand.run(IN_MEMORY, List.of(arguments), Clock.systemUTC());
    }

    @Test
    void aBadFlagIsAUsageErrorThatSaysWhatToWrite() {
        AdminOutcome banana = run("audit", "--since", "banana");

        assertThat(banana.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
        assertThat(banana.message()).startsWith("admin audit: --since: must be a duration like 30s, 15m, 1h or 7d")
                .contains("usage: java -jar notes-mcp.jar admin audit [--user USER]");
        assertThat(run("audit", "--limit", "0").exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
    }

    @Test
    void aStoreInsideEachServerIsRefusedAndSaysWhereTheTrailIsKept() {
        AdminOutcome refused = run("audit", "--json");

        assertThat(refused.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
        assertThat(refused.message()).contains("STORE=memory").contains("STORE=postgres")
                .contains("AUDIT_LOG=store or both");
    }
}
