package dev.mcphex.distribution.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The remote Streamable HTTP endpoint, as one client session sees it: every request carries the bearer
 * token and, once the server assigned them, the {@code Mcp-Session-Id} and {@code MCP-Protocol-Version}.
 */
final class Upstream {
    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String VERSION_HEADER = "MCP-Protocol-Version";

    private final URI url;
    private final Optional<String> token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile String sessionId;
    private volatile String protocolVersion;

    Upstream(URI url, Optional<String> token) {
        this.url = Objects.requireNonNull(url, "url");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** POSTs one message (or batch) as the client sent it. */
    HttpResponse<InputStream> post(String document) throws IOException, InterruptedException {
        HttpRequest request = headers(HttpRequest.newBuilder(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)).build();
        return remember(client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** Opens the session's stream of server messages, resuming after {@code lastEventId} when given. */
    HttpResponse<InputStream> openStream(String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder builder = headers(HttpRequest.newBuilder(url)).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Ends the session on the server, if there is one. */
    void endSession() throws IOException, InterruptedException {
        if (sessionId != null) {
            client.send(headers(HttpRequest.newBuilder(url)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            sessionId = null;
        }
    }

    Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    void forgetSession() {
        sessionId = null;
    }

    void protocolVersion(String version) {
        protocolVersion = version;
    }

    private HttpRequest.Builder headers(HttpRequest.Builder builder) {
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        String session = sessionId;
        if (session != null) {
            builder.header(SESSION_HEADER, session);
        }
        String version = protocolVersion;
        if (version != null) {
            builder.header(VERSION_HEADER, version);
        }
        return builder;
    }

    private HttpResponse<InputStream> remember(HttpResponse<InputStream> response) {
        response.headers().firstValue(SESSION_HEADER).ifPresent(id -> sessionId = id);
        return response;
    }
}
