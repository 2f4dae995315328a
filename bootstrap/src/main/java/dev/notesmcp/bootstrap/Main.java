package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.admin.AdminOutcome;
import dev.notesmcp.bootstrap.config.DotEnvFile;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import dev.notesmcp.bootstrap.logging.ServerLogging;
import io.helidon.logging.common.LogConfig;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Starts notes-mcp from the environment (and a {@code .env} file in the working directory). */
public final class Main {

    private static final Logger LOG = System.getLogger("notes-mcp");
    private static final int CONFIGURATION_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Settings settings;
        try {
            settings = SettingsLoader.load(Environment.of(DotEnvFile.read(Path.of(".env")), System.getenv()));
        } catch (InvalidSettingsException e) {
            reportAndExit(e);
            return;
        }
        if (args.length > 0 && args[0].equals(MintTokenCommand.NAME)) {
            mintToken(settings, List.of(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals(AdminCommand.NAME)) {
            admin(settings, List.of(args).subList(1, args.length));
            return;
        }
        if (args.length > 0) {
            LOG.log(Level.ERROR, "unknown command '" + args[0] + "'; run without arguments to start the server, or: "
                    + MintTokenCommand.USAGE + "; or: " + AdminCommand.USAGE);
            System.exit(CONFIGURATION_ERROR);
            return;
        }
        // The access log writes a line per request: off the request's thread (bench/README.md).
        ServerLogging.writeAsynchronouslyTo(System.out);
        NotesMcpServer server;
        try {
            // Standard output carries the audit JSON lines (AUDIT_LOG=stdout|both): command output, like a CLI result.
            server = NotesMcpServer.start(settings, Clock.systemUTC(), System.out);
        } catch (InvalidSettingsException e) {
            // An identity provider's discovery failed: as much a configuration matter as a bad variable.
            reportAndExit(e);
            return;
        }
        GracefulShutdown.onSigterm(server);
        StartupBanner.lines(settings, server.port(), server.managementPort()).forEach(line -> LOG.log(Level.INFO, line));
    }

    /** The result goes to standard output (for scripts), a refusal or failure and every log line to standard error; the exit code says which. */
    private static void admin(Settings settings, List<String> arguments) {
        CommandLogging.toStandardError();
        AdminOutcome outcome = AdminCommand.run(settings, arguments, Clock.systemUTC());
        if (outcome.exitCode() == AdminOutcome.DONE) {
            System.out.println(outcome.message());
        } else {
            LOG.log(Level.ERROR, outcome.message());
        }
        System.exit(outcome.exitCode());
    }

    /** One line per problem and no stack trace: each line already says which variable to fix. */
    private static void reportAndExit(InvalidSettingsException e) {
        LOG.log(Level.ERROR, "notes-mcp cannot start; fix the configuration:");
        e.problems().forEach(problem -> LOG.log(Level.ERROR, "  " + problem));
        System.exit(CONFIGURATION_ERROR);
    }

    /** The token goes to standard output, never to a log, so it can be piped and is not recorded. */
    private static void mintToken(Settings settings, List<String> arguments) {
        try {
            System.out.println(MintTokenCommand.mint(settings, arguments, Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "mint-token: " + e.getMessage());
            System.exit(CONFIGURATION_ERROR);
        }
    }
}
