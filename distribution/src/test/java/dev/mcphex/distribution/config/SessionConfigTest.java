package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionConfigTest {

    @Test
    void idleTimeout_defaultsToThirtyMinutes() {
        assertThat(SessionConfig.from(Environment.of(Map.of())).idleTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void idleTimeout_isReadFromTheEnvironment() {
        assertThat(SessionConfig.from(Environment.of(Map.of(SessionConfig.IDLE_TIMEOUT, "2h"))).idleTimeout())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void invalidIdleTimeout_namesTheVariable() {
        assertThatThrownBy(() -> SessionConfig.from(Environment.of(Map.of(SessionConfig.IDLE_TIMEOUT, "soon"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining(SessionConfig.IDLE_TIMEOUT);
    }

    @Test
    void revalidateAfter_isOneSecond_orHalfAShorterIdleTimeout() {
        assertThat(new SessionConfig(Duration.ofMinutes(30)).revalidateAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new SessionConfig(Duration.ofMillis(600)).revalidateAfter()).isEqualTo(Duration.ofMillis(300));
    }
}
