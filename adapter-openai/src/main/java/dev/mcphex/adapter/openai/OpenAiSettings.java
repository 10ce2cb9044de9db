package dev.mcphex.adapter.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible chat-completions API.
 *
 * @param baseUrl             the API's base, such as {@code https://api.openai.com/v1}; requests go to
 *                            {@code {baseUrl}/chat/completions}
 * @param model               the model to ask, such as {@code gpt-4o-mini}
 * @param apiKey              the bearer token, or {@code null} for servers that need none; never printed
 * @param connectTimeout      how long to wait for a connection
 * @param requestTimeout      how long to wait for a whole answer
 * @param maxRetries          how often to retry after HTTP 429 or 5xx; zero for never
 * @param retryBackoff        the first wait between retries, doubled each time, unless the server sends
 *                            {@code Retry-After}
 * @param maxCompletionTokens whether to send the token limit as {@code max_completion_tokens} (newer
 *                            OpenAI models) instead of {@code max_tokens} (most compatible servers)
 * @param stream              whether to ask for the answer as server-sent events ({@code stream: true}); the
 *                            request timeout then bounds the wait for the first byte, not the whole answer
 */
public record OpenAiSettings(URI baseUrl, String model, String apiKey, Duration connectTimeout,
                             Duration requestTimeout, int maxRetries, Duration retryBackoff,
                             boolean maxCompletionTokens, boolean stream) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the OpenAI base URL must be an http or https URL: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the OpenAI model must be named");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        requestTimeout = positive(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "requestTimeout");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative");
        }
        retryBackoff = retryBackoff == null ? DEFAULT_RETRY_BACKOFF : retryBackoff;
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff cannot be negative");
        }
    }

    /** Settings with default timeouts and retries, sending {@code max_tokens}, without streaming. */
    public static OpenAiSettings of(String baseUrl, String model, String apiKey) {
        return new OpenAiSettings(URI.create(baseUrl), model, apiKey, null, null, DEFAULT_MAX_RETRIES, null, false,
                false);
    }

    /** The chat-completions endpoint. */
    public URI chatCompletions() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    /** These settings, without the API key. */
    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "****")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxRetries="
                + maxRetries + ", retryBackoff=" + retryBackoff + ", maxCompletionTokens=" + maxCompletionTokens
                + ", stream=" + stream + "]";
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        Duration chosen = value == null ? fallback : value;
        if (chosen.isNegative() || chosen.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return chosen;
    }
}
