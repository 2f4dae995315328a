package dev.notesmcp.adapter.redis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort of {@link TestRedis}: the machine's own {@code redis-server} (from {@code PATH}),
 * started for this JVM as a real process. It must be Redis 7 or newer: the rate limiter's script
 * uses {@code PEXPIRE … NX}. That is also why no Maven artifact serves here: the one that ships
 * binaries ({@code com.github.codemonstur:embedded-redis} 1.4.3) ships Redis 6.2, on which the rate
 * limiter fails. Never a stand-in for the protocol.
 */
record EmbeddedRedis(RedisServerProcess server, String origin) {

    private static final int OLDEST_MAJOR = 7;
    private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)\\.(\\d+)");

    static EmbeddedRedis start() {
        Path executable = RedisServerProcess.executableOnPath().orElseThrow(() -> new IllegalStateException(
                "The Redis tests need a Redis server: set " + TestRedis.URL_VARIABLE + " (e.g. "
                        + TestRedis.URL_VARIABLE + "=redis://127.0.0.1:6379/0), make Docker available for"
                        + " Testcontainers, or install redis-server " + OLDEST_MAJOR + "+ (Debian: apt-get install"
                        + " redis-server). They do not skip."));
        String version = version(executable);
        if (Integer.parseInt(version.substring(0, version.indexOf('.'))) < OLDEST_MAJOR) {
            throw new IllegalStateException(executable + " is Redis " + version + "; the Redis tests need "
                    + OLDEST_MAJOR + " or newer (PEXPIRE NX), or set " + TestRedis.URL_VARIABLE + ".");
        }
        return new EmbeddedRedis(RedisServerProcess.start(executable, List.of()), executable + " " + version);
    }

    /** {@code 7.0.15} from {@code redis-server --version}. */
    private static String version(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            Matcher matcher = VERSION.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException(executable + " --version said no version: " + output.strip());
            }
            return matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + executable + " --version", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted asking " + executable + " for its version", e);
        }
    }
}
