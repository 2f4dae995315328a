package dev.notesmcp.adapter.redis;

import java.util.List;

/**
 * The last resort of {@link TestRedis}: a real {@code redis-server} process of this JVM's own, from
 * {@link RedisBinary} (the machine's 6.2+ on {@code PATH}, else the one shipped in
 * {@code com.github.codemonstur:embedded-redis}). Never a stand-in for the protocol.
 */
record EmbeddedRedis(RedisServerProcess server, String origin) {

    static EmbeddedRedis start() {
        RedisBinary binary = RedisBinary.find();
        return new EmbeddedRedis(RedisServerProcess.start(binary.executable(), List.of()), binary.origin());
    }
}
