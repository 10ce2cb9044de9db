package dev.mcphex.packs.http;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.ToolPack;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code http} pack: one tool, {@value #TOOL}, that GETs a URL over HTTP or HTTPS from an allowlisted
 * host and answers with the status, content type and text body. Redirects are followed (at most
 * {@value #MAX_REDIRECTS}) only to allowlisted hosts; bodies over the size cap and calls over the time cap
 * fail the call. Binary bodies are refused.
 */
public final class HttpToolPack implements ToolPack {
    /** The pack's name, as {@code MCP_TOOL_PACKS} lists it. */
    public static final String NAME = "http";
    /** The tool's name. */
    public static final String TOOL = "http_fetch";
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final HttpClient client;

    public HttpToolPack(FetchPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Tool> tools() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties").putObject("url").put("type", "string")
                .put("description", "An http:// or https:// URL on an allowlisted host");
        schema.putArray("required").add("url");
        ToolDefinition definition = ToolDefinition.of(TOOL, "Fetches a text document by HTTP GET from an allowlisted host "
                        + "and returns its status, content type and body", schema)
                .withTitle("Fetch a URL")
                .withAnnotations(new ToolAnnotations(null, true, false, true, true));
        return List.of(new Tool(definition, this::fetch));
    }

    private ToolResult fetch(ToolCall call, McpContext context) throws InterruptedException {
        URI uri = parse(call.string("url", ""));
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(uri);
            HttpResponse<byte[]> response = send(uri, deadline);
            var location = response.headers().firstValue("Location");
            if (REDIRECTS.contains(response.statusCode()) && location.isPresent()) {
                uri = uri.resolve(parse(location.get()));
                continue;
            }
            return result(uri, response);
        }
        throw new ToolExecutionException("Too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws InterruptedException {
        long remaining = Math.max(1, deadline - System.nanoTime());
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(remaining))
                .header("Accept", "text/*, application/json, application/xml;q=0.9, */*;q=0.1").build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> new LimitedBody(policy.maxBytes()));
        try {
            return pending.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new ToolExecutionException(tooSlow(uri), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IOException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof HttpTimeoutException || e.getCause() instanceof HttpTimeoutException) {
                throw new ToolExecutionException(tooSlow(uri), cause);
            }
            if (cause instanceof LimitedBody.BodyTooLargeException) {
                throw new ToolExecutionException("Cannot fetch " + uri + ": " + cause.getMessage(), cause);
            }
            throw new ToolExecutionException("Cannot fetch " + uri + ": " + cause, cause);
        }
    }

    private String tooSlow(URI uri) {
        return "Fetching " + uri + " took longer than " + policy.timeout().toSeconds() + " s";
    }

    private void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ToolExecutionException("Only http and https URLs can be fetched, not " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new ToolExecutionException("URLs with user information are refused: " + uri.getHost());
        }
        if (!policy.allows(uri.getHost())) {
            throw new ToolExecutionException("The host " + uri.getHost() + " is not on the allowlist (MCP_HTTP_FETCH_ALLOWED_HOSTS)");
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ToolExecutionException("Not a URL: " + url, e);
        }
    }

    private static ToolResult result(URI uri, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        if (!isText(type)) {
            throw new ToolExecutionException(uri + " answered with " + type + ", which is not text");
        }
        ObjectNode result = Json.object().put("url", uri.toString()).put("status", response.statusCode())
                .put("contentType", type).put("body", new String(response.body(), StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            return new ToolResult(List.of(Content.text(
                    "HTTP " + response.statusCode() + " from " + uri + "\n" + result.get("body").stringValue())), result, true);
        }
        return ToolResult.structured(result);
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/javascript");
    }
}
