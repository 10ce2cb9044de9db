package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.adapter.openai.OpenAiSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiConfigTest {

    @Test
    void withoutAModel_thereIsNoOpenAiModel() {
        assertThat(OpenAiConfig.from(Environment.empty()).settings()).isEmpty();
    }

    @Test
    void aModel_usesOpenAisBaseUrlAndTheDefaults() {
        OpenAiSettings settings = OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_MODEL", "gpt-4o-mini",
                "MCP_OPENAI_API_KEY", "sk-abc"))).settings().orElseThrow();

        assertThat(settings.chatCompletions()).hasToString("https://api.openai.com/v1/chat/completions");
        assertThat(settings.model()).isEqualTo("gpt-4o-mini");
        assertThat(settings.apiKey()).isEqualTo("sk-abc");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.stream()).isFalse();
        assertThat(settings.toString()).doesNotContain("sk-abc");
    }

    @Test
    void aLocalServer_needsNoKey() {
        OpenAiSettings settings = OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_MODEL", "llama3.2",
                "MCP_OPENAI_BASE_URL", "http://127.0.0.1:11434/v1", "MCP_OPENAI_TIMEOUT_SECONDS", "30",
                "MCP_OPENAI_STREAM", "TRUE")))
                .settings().orElseThrow();

        assertThat(settings.chatCompletions()).hasToString("http://127.0.0.1:11434/v1/chat/completions");
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.stream()).isTrue();
    }

    @Test
    void unusableValues_areErrorsNamingTheVariable() {
        assertThatThrownBy(() -> OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_API_KEY", "sk-abc"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_OPENAI_MODEL")
                .hasMessageNotContaining("sk-abc");
        assertThatThrownBy(() -> OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_MODEL", "m",
                "MCP_OPENAI_BASE_URL", "api.openai.com"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_OPENAI_BASE_URL");
        assertThatThrownBy(() -> OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_MODEL", "m",
                "MCP_OPENAI_TIMEOUT_SECONDS", "0"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_OPENAI_TIMEOUT_SECONDS");
        assertThatThrownBy(() -> OpenAiConfig.from(Environment.of(Map.of("MCP_OPENAI_MODEL", "m",
                "MCP_OPENAI_STREAM", "yes"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_OPENAI_STREAM");
    }
}
