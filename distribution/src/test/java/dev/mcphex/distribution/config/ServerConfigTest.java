package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    private static final Release RELEASE = new Release("1.2.3");

    @Test
    void emptyEnvironment_givesTheDefaultNameAndTheReleaseVersion() {
        ServerConfig config = ServerConfig.from(Environment.of(Map.of()), RELEASE);

        assertThat(config).isEqualTo(new ServerConfig("mcp-server", "1.2.3"));
    }

    @Test
    void variables_overrideTheDefaults() {
        var environment = Environment.of(Map.of("MCP_SERVER_NAME", "weather", "MCP_SERVER_VERSION", "2.0.0"));

        assertThat(ServerConfig.from(environment, RELEASE)).isEqualTo(new ServerConfig("weather", "2.0.0"));
    }

    @Test
    void surroundingWhitespace_isStripped() {
        var environment = Environment.of(Map.of("MCP_SERVER_NAME", "  weather \n"));

        assertThat(ServerConfig.from(environment, RELEASE).name()).isEqualTo("weather");
    }

    @Test
    void blankName_isRejectedNamingTheVariable() {
        var environment = Environment.of(Map.of("MCP_SERVER_NAME", "   "));

        assertThatThrownBy(() -> ServerConfig.from(environment, RELEASE))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("MCP_SERVER_NAME must not be blank");
    }

    @Test
    void blankVersion_isRejectedNamingTheVariable() {
        var environment = Environment.of(Map.of("MCP_SERVER_VERSION", ""));

        assertThatThrownBy(() -> ServerConfig.from(environment, RELEASE))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("MCP_SERVER_VERSION ");
    }

    @Test
    void controlCharacters_areRejectedNamingTheVariable() {
        var environment = Environment.of(Map.of("MCP_SERVER_NAME", "bad\u0007name"));

        assertThatThrownBy(() -> ServerConfig.from(environment, RELEASE))
                .hasMessage("MCP_SERVER_NAME must not contain control characters");
    }

    @Test
    void overlongVersion_isRejectedNamingTheVariable() {
        var environment = Environment.of(Map.of("MCP_SERVER_VERSION", "9".repeat(257)));

        assertThatThrownBy(() -> ServerConfig.from(environment, RELEASE))
                .hasMessage("MCP_SERVER_VERSION must be at most 256 characters");
    }
}
