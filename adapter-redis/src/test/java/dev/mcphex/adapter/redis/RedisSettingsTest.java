package dev.mcphex.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void fullUrl_givesEveryPart() {
        RedisSettings settings = RedisSettings.parse("redis://app:s%40cret@cache.internal:6380/3");
        assertThat(settings.host()).isEqualTo("cache.internal");
        assertThat(settings.port()).isEqualTo(6380);
        assertThat(settings.database()).isEqualTo(3);
        assertThat(settings.username()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("s@cret");
        assertThat(settings.tls()).isFalse();
    }

    @Test
    void bareUrl_usesTheDefaults() {
        RedisSettings settings = RedisSettings.parse("redis://localhost");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.database()).isZero();
        assertThat(settings.username()).isNull();
        assertThat(settings.password()).isNull();
        assertThat(settings.keyPrefix()).isEqualTo(RedisSettings.DEFAULT_KEY_PREFIX);
    }

    @Test
    void passwordOnly_andTls_areUnderstood() {
        RedisSettings settings = RedisSettings.parse("rediss://:hunter2@redis.example.com:6390");
        assertThat(settings.tls()).isTrue();
        assertThat(settings.username()).isNull();
        assertThat(settings.password()).isEqualTo("hunter2");
    }

    @Test
    void toString_neverShowsThePassword() {
        assertThat(RedisSettings.parse("rediss://app:hunter2@redis.example.com:6390/1").toString())
                .isEqualTo("rediss://app@redis.example.com:6390/1 (password set)")
                .doesNotContain("hunter2");
    }

    @Test
    void otherSchemesAndBadDatabases_areRefused_withoutRepeatingThePassword() {
        assertThatThrownBy(() -> RedisSettings.parse("http://u:hunter2@host:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> RedisSettings.parse("redis://u:hunter2@host:6379/cache"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> RedisSettings.parse("redis://:6379"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
