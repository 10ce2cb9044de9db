package dev.mcphex.distribution.config;

import dev.mcphex.adapter.openai.OpenAiSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of the OpenAI-compatible chat-completions model ({@code adapter-openai}).
 *
 * @param settings where and how to reach the model, when {@value #MODEL} is set; empty otherwise
 */
public record OpenAiConfig(Optional<OpenAiSettings> settings) {
    public static final String BASE_URL = "MCP_OPENAI_BASE_URL";
    public static final String MODEL = "MCP_OPENAI_MODEL";
    public static final String API_KEY = "MCP_OPENAI_API_KEY";
    public static final String TIMEOUT = "MCP_OPENAI_TIMEOUT_SECONDS";
    public static final String STREAM = "MCP_OPENAI_STREAM";
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    /**
     * Reads the configuration: the model (which turns the adapter on), the base URL (OpenAI's by default),
     * the API key (none by default, for local servers), the time limit of one answer (120 seconds by
     * default) and whether to stream answers ({@code false} by default).
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static OpenAiConfig from(Environment environment) {
        Optional<String> model = environment.get(MODEL).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> baseUrl = environment.get(BASE_URL).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> apiKey = environment.get(API_KEY).map(String::strip).filter(v -> !v.isEmpty());
        long seconds = ToolPacksConfig.positive(environment, TIMEOUT,
                OpenAiSettings.DEFAULT_REQUEST_TIMEOUT.toSeconds(), 3_600);
        boolean stream = environment.get(STREAM).map(String::strip).filter(v -> !v.isEmpty())
                .map(OpenAiConfig::bool).orElse(false);
        if (model.isEmpty()) {
            if (baseUrl.isPresent() || apiKey.isPresent()) {
                throw new InvalidConfigurationException(MODEL + " must be set when " + BASE_URL + " or " + API_KEY
                        + " is");
            }
            return new OpenAiConfig(Optional.empty());
        }
        URI base = baseUrl(baseUrl.orElse(DEFAULT_BASE_URL));
        try {
            return new OpenAiConfig(Optional.of(new OpenAiSettings(base, model.get(), apiKey.orElse(null), null,
                    Duration.ofSeconds(seconds), OpenAiSettings.DEFAULT_MAX_RETRIES, null, false, stream)));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(BASE_URL + ": " + e.getMessage());
        }
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidConfigurationException(STREAM + " must be true or false");
        };
    }

    private static URI baseUrl(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException(BASE_URL + " is not a URL: " + e.getMessage(), e);
        }
    }
}
