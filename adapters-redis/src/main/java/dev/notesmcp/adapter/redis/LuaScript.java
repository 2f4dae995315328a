package dev.notesmcp.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script run by {@code EVALSHA}, loaded with {@code EVAL} when the server does not know it yet.
 * A script gets exactly one key, passed in {@code KEYS[1]} (never built inside the script), so on a
 * Redis Cluster it runs on the node that owns that key's slot and never fails with {@code CROSSSLOT}.
 * A future script that needs several keys must give them one hash tag ({@code {…}}).
 */
final class LuaScript {

    private final String source;
    private final String sha;
    private final ScriptOutputType output;

    LuaScript(String source, ScriptOutputType output) {
        this.source = source;
        this.output = output;
        try {
            this.sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    <T> T run(RedisConnections redis, String key, String... args) {
        String[] keys = {key};
        return redis.call(commands -> {
            try {
                return commands.evalsha(sha, output, keys, args);
            } catch (RedisNoScriptException e) {
                return commands.eval(source, output, keys, args);
            }
        });
    }
}
