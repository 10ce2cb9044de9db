package dev.mcphex.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script that Redis runs in one round trip and atomically: sent by its SHA-1 digest
 * ({@code EVALSHA}), and whole ({@code EVAL}, which caches it again) when Redis no longer has it, after
 * a restart or a {@code SCRIPT FLUSH}.
 */
final class RedisScript {
    private final String source;
    private final String digest;

    RedisScript(String source) {
        this.source = source;
        this.digest = sha1(source);
    }

    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        try {
            return redis.evalsha(digest, output, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(source, output, keys, args);
        }
    }

    private static String sha1(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
