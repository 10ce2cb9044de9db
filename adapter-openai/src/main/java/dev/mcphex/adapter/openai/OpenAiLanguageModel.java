package dev.mcphex.adapter.openai;

import dev.mcphex.adapter.openai.internal.ChatCompletionsReply;
import dev.mcphex.adapter.openai.internal.ChatCompletionsRequest;
import dev.mcphex.adapter.openai.internal.ChatCompletionsStream;
import dev.mcphex.adapter.openai.internal.ProviderError;
import dev.mcphex.adapter.openai.internal.RetryPolicy;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.spi.McpContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A model behind an OpenAI-compatible chat-completions API. One {@link #complete} is one
 * {@code POST {base}/chat/completions} (plus retries): the conversation, the tools as function
 * definitions, the token limit and the temperature go out; text, tool calls, finish reason and usage
 * come back, in one JSON document or, with {@link OpenAiSettings#stream()}, as server-sent events folded
 * into the same reply. The caller's {@link McpContext} is not used to reach the model; only its cancellation is
 * honoured between attempts.
 *
 * <p>Failures are {@link LanguageModelException}s that say what happened: the provider's error message
 * with the HTTP status, a timeout, an unreachable host, or an unreadable answer. HTTP 429 and 5xx are
 * retried a bounded number of times ({@link OpenAiSettings#maxRetries()}), honouring {@code Retry-After}.
 * The API key travels only in the {@code Authorization} header; messages never contain it.
 */
public final class OpenAiLanguageModel implements LanguageModel {
    private final OpenAiSettings settings;
    private final HttpClient http;
    private final RetryPolicy retries;
    private final Clock clock;

    public OpenAiLanguageModel(OpenAiSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build(), Clock.systemUTC());
    }

    OpenAiLanguageModel(OpenAiSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.retries = new RetryPolicy(settings.maxRetries(), settings.retryBackoff());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "openai:" + settings.model();
    }

    @Override
    public ModelReply complete(ModelRequest request, McpContext caller) {
        String body = Json.write(ChatCompletionsRequest.body(request, settings.model(),
                settings.maxCompletionTokens(), settings.stream()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.chatCompletions())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", settings.stream() ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            builder.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpRequest httpRequest = builder.build();
        for (int attempt = 1; ; attempt++) {
            if (caller != null) {
                caller.cancellation().throwIfCancelled();
            }
            HttpResponse<Stream<String>> response = send(httpRequest);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return read(response, body);
            }
            String error = drain(response);
            if (!RetryPolicy.retryable(status) || !retries.allowsAnotherAfter(attempt)) {
                throw new LanguageModelException(where() + " answered HTTP " + status
                        + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": "
                        + redact(ProviderError.messageOf(error)));
            }
            pause(retries.waitAfter(attempt, response.headers().firstValue("Retry-After"), clock));
        }
    }

    /** The reply in a successful response: one JSON document, or server-sent events when streaming. */
    private ModelReply read(HttpResponse<Stream<String>> response, String requestBody) {
        try (Stream<String> lines = response.body()) {
            if (settings.stream()) {
                return ChatCompletionsReply.parse(ChatCompletionsStream.fold(lines.iterator()), requestBody,
                        settings.model());
            }
            return ChatCompletionsReply.parse(lines.collect(Collectors.joining("\n")), requestBody, settings.model());
        } catch (UncheckedIOException e) {
            throw new LanguageModelException(where() + " broke off its answer: " + e.getCause().getMessage(), e);
        }
    }

    private String drain(HttpResponse<Stream<String>> response) {
        try (Stream<String> lines = response.body()) {
            return lines.collect(Collectors.joining("\n"));
        } catch (UncheckedIOException e) {
            throw new LanguageModelException(where() + " answered HTTP " + response.statusCode()
                    + " and broke off: " + e.getCause().getMessage(), e);
        }
    }

    private HttpResponse<Stream<String>> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (HttpConnectTimeoutException e) {
            throw new LanguageModelException("Could not connect to " + where() + " within "
                    + settings.connectTimeout().toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new LanguageModelException(where() + " did not answer within "
                    + describe(settings.requestTimeout()), e);
        } catch (ConnectException e) {
            throw new LanguageModelException("Cannot reach " + where() + ": connection refused or host unreachable",
                    e);
        } catch (IOException e) {
            throw new LanguageModelException("Cannot reach " + where() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("Interrupted while waiting for " + where(), e);
        }
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("Interrupted while waiting to retry " + where(), e);
        }
    }

    private String where() {
        return "The chat-completions API at " + settings.baseUrl();
    }

    private String redact(String message) {
        return settings.apiKey() == null ? message : message.replace(settings.apiKey(), "****");
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
