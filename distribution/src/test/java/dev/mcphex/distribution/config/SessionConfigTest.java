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
}
