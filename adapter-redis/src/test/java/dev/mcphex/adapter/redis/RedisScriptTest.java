package dev.mcphex.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ScriptOutputType;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scripts run by digest, and again in full once Redis has forgotten them. */
class RedisScriptTest {
    private static RedisConnections redis;

    @BeforeAll
    static void connect() {
        redis = RedisConnections.open(TestRedis.settings());
    }

    @AfterAll
    static void closeConnections() {
        redis.close();
    }

    @Test
    void aScriptRedisHasForgotten_runsAgain() {
        var script = new RedisScript("return redis.call('INCRBY', KEYS[1], ARGV[1])");
        String[] keys = {redis.key("script-test", UUID.randomUUID().toString())};

        assertThat(redis.<Long>call("run", r -> script.run(r, ScriptOutputType.INTEGER, keys, "2"))).isEqualTo(2L);
        redis.call("flush scripts", r -> r.scriptFlush());
        assertThat(redis.<Long>call("run", r -> script.run(r, ScriptOutputType.INTEGER, keys, "3"))).isEqualTo(5L);
        assertThat(redis.<Long>call("run", r -> script.run(r, ScriptOutputType.INTEGER, keys, "1"))).isEqualTo(6L);
        redis.call("clean up", r -> r.del(keys));
    }
}
