package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> invalidEnvironments() {
        return Stream.of(
                Arguments.of("MCP_SERVER_NAME", "   ", "MCP_SERVER_NAME must not be blank"),
                Arguments.of("MCP_SERVER_VERSION", "", "MCP_SERVER_VERSION must not be blank"),
                Arguments.of("MCP_SERVER_NAME", "bad\u0007name", "MCP_SERVER_NAME must not contain control characters"),
                Arguments.of("MCP_SERVER_VERSION", "9".repeat(257), "MCP_SERVER_VERSION must be at most 256 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEnvironments")
    void invalidValue_isRejectedNamingTheVariable(String variable, String value, String message) {
        var environment = Environment.of(Map.of(variable, value));

        assertThatThrownBy(() -> ServerConfig.from(environment, RELEASE))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(message);
    }
}
