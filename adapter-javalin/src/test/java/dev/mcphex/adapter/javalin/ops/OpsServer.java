package dev.mcphex.adapter.javalin.ops;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real Javalin on a free port serving only the operations endpoints, and a client for it. */
final class OpsServer implements AutoCloseable {
    private final Javalin javalin;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpsServer(Javalin javalin) {
        this.javalin = javalin;
    }

    static OpsServer start(OperationsEndpoints endpoints) {
        return new OpsServer(Javalin.create(endpoints::addTo).start("127.0.0.1", 0));
    }

    HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    @Override
    public void close() {
        javalin.stop();
        client.close();
    }
}
