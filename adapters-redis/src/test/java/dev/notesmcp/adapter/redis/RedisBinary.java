package dev.notesmcp.adapter.redis;

import redis.embedded.core.ExecutableProvider;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code redis-server} executable the tests start themselves (the last resort of
 * {@link TestRedis}, and every Sentinel and Cluster of {@link RedisTopologies}): the machine's from
 * {@code PATH} if it is Redis 6.2 or newer (the stores use {@code GETDEL}, 6.2's), else the one
 * shipped in {@code com.github.codemonstur:embedded-redis} (Redis 6.2 for Linux and macOS),
 * extracted to a temp file by the artifact's own provider. Found once per test JVM; the
 * same binary also runs a sentinel ({@code --sentinel}).
 *
 * @param version {@code 7.0.15}, from {@code redis-server --version}
 * @param origin  where it came from, for the {@code [test-stores]} line
 */
public record RedisBinary(Path executable, String version, String origin) {

    static final String ARTIFACT = "com.github.codemonstur:embedded-redis";
    private static final int[] OLDEST = {6, 2};
    private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)\\.(\\d+)");

    private static RedisBinary found;

    /** The machine's {@code redis-server} 6.2+ from {@code PATH}, else the artifact's. */
    public static synchronized RedisBinary find() {
        if (found == null) {
            found = onPath().filter(RedisBinary::recentEnough).orElseGet(RedisBinary::fromArtifact);
        }
        return found;
    }

    /** The one in {@code com.github.codemonstur:embedded-redis} for this OS and architecture. */
    static RedisBinary fromArtifact() {
        Path executable;
        try {
            File extracted = ExecutableProvider.newJarResourceProvider().get(); // deleted at JVM exit
            executable = extracted.toPath();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The Redis tests need a Redis server: no redis-server 6.2+ on PATH and "
                    + ARTIFACT + " has none for this machine (" + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "). Set " + TestRedis.URL_VARIABLE + " (e.g. "
                    + TestRedis.URL_VARIABLE + "=redis://127.0.0.1:6379/0), make Docker available for Testcontainers,"
                    + " or install redis-server 6.2+. They do not skip.", e);
        }
        String version = version(executable);
        RedisBinary binary = new RedisBinary(executable, version,
                "redis-server " + version + " from " + ARTIFACT + ":" + artifactVersion());
        if (!binary.atLeast(OLDEST[0], OLDEST[1])) { // its Windows build is Redis 5
            throw new IllegalStateException("The Redis tests need Redis " + OLDEST[0] + "." + OLDEST[1] + "+, and "
                    + binary.origin() + " is older: set " + TestRedis.URL_VARIABLE + " or put redis-server 6.2+ on PATH.");
        }
        return binary;
    }

    /** {@code redis-server} on {@code PATH}, with its version; empty if there is none. */
    static Optional<RedisBinary> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(executable -> {
                    String version = version(executable);
                    return new RedisBinary(executable, version, "redis-server " + version + " from PATH (" + executable + ")");
                });
    }

    /** Whether this is Redis {@code major.minor} or newer. */
    public boolean atLeast(int major, int minor) {
        String[] parts = version.split("\\.");
        int actualMajor = Integer.parseInt(parts[0]);
        return actualMajor > major || actualMajor == major && Integer.parseInt(parts[1]) >= minor;
    }

    private static boolean recentEnough(RedisBinary binary) {
        if (binary.atLeast(OLDEST[0], OLDEST[1])) {
            return true;
        }
        System.err.println("RedisBinary: " + binary.origin() + " is older than " + OLDEST[0] + "." + OLDEST[1]
                + "; taking " + ARTIFACT + "'s");
        return false;
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

    /** {@code 1.4.3}, from the artifact's own {@code pom.properties}. */
    private static String artifactVersion() {
        try (InputStream in = ExecutableProvider.class.getResourceAsStream(
                "/META-INF/maven/com.github.codemonstur/embedded-redis/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
