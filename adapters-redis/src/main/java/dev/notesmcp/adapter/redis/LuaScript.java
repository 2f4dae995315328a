package dev.notesmcp.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script run by {@code EVALSHA}, loaded with {@code EVAL} when the server does not know it yet. */
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

    <T> T run(RedisConnections redis, String[] keys, String... args) {
        return redis.call(commands -> {
            try {
                return commands.evalsha(sha, output, keys, args);
            } catch (RedisNoScriptException e) {
                return commands.eval(source, output, keys, args);
            }
        });
    }
}
