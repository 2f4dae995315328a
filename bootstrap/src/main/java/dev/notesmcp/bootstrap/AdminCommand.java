package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.admin.AdminAccessCommand;
import dev.notesmcp.bootstrap.admin.AdminAuditCommand;
import dev.notesmcp.bootstrap.admin.AdminOutcome;
import dev.notesmcp.bootstrap.config.Settings;

import java.time.Clock;
import java.util.List;

/** {@code admin …}: {@code keys rotate} or the client, grant, user and audit commands; exit codes in {@link AdminOutcome}. */
final class AdminCommand {

    static final String NAME = "admin";
    static final String USAGE = AdminKeysCommand.USAGE + "\n" + AdminAccessCommand.usage()
            + "\n" + AdminAuditCommand.USAGE;

    private AdminCommand() {
    }

    static AdminOutcome run(Settings settings, List<String> arguments, Clock clock) {
        if (!arguments.isEmpty() && arguments.getFirst().equals("keys")) {
            AdminKeysCommand.Outcome outcome = AdminKeysCommand.run(settings, arguments, clock);
            return new AdminOutcome(outcome.exitCode(), outcome.message());
        }
        if (AdminAccessCommand.handles(arguments)) {
            return AdminAccessCommand.run(settings, arguments, clock);
        }
        if (!arguments.isEmpty() && arguments.getFirst().equals(AdminAuditCommand.NAME)) {
            return AdminAuditCommand.run(settings, arguments, clock);
        }
        return new AdminOutcome(AdminOutcome.USAGE_ERROR, USAGE);
    }
}
