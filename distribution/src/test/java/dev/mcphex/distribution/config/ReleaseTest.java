package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void current_isTheVersionMavenBuilt() {
        assertThat(Release.current().version())
                .isNotEqualTo("unknown")
                .matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
