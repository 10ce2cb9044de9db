package dev.mcphex.adapter.javalin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ToolConfigurationEndpointsTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final InMemoryToolConfigurationStore store = new InMemoryToolConfigurationStore();
    private final InMemoryNotificationBus bus = new InMemoryNotificationBus();
    private final List<ServerEvent> announced = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin javalin;

    @BeforeEach
    void start() {
        bus.subscribe(announced::add);
        var endpoints = new ToolConfigurationEndpoints(store, bus, Clock.fixed(NOW, ZoneOffset.UTC));
        javalin = Javalin.create(endpoints::addTo).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        javalin.stop();
        client.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void put_savesTheConfigurationAnnouncesTheChangeAndShowsIt() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/tools/forecast/config",
                "{\"enabled\":false,\"requiredScopes\":[\"weather:read\"],\"descriptionOverride\":\"Tomorrow\","
                        + "\"settings\":{\"units\":\"metric\"}}");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(announced).containsExactly(new ServerEvent.ToolsChanged());
        var saved = store.find("forecast").orElseThrow();
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.requiredScopes()).containsExactly("weather:read");
        assertThat(saved.descriptionOverride()).isEqualTo("Tomorrow");
        assertThat(saved.settings().path("units").asString()).isEqualTo("metric");
        assertThat(saved.updatedAt()).isEqualTo(NOW);

        JsonNode one = Json.parse(send("GET", "/api/tools/forecast/config", null).body());
        assertThat(one.path("tool").asString()).isEqualTo("forecast");
        assertThat(one.path("enabled").booleanValue()).isFalse();
        assertThat(one.path("updatedAt").asString()).isEqualTo(NOW.toString());
        JsonNode all = Json.parse(send("GET", "/api/tools/config", null).body());
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isEqualTo(one);
    }

    @Test
    void delete_forgetsTheConfigurationAndAnnouncesIt_then404() throws Exception {
        send("PUT", "/api/tools/forecast/config", "{}");
        announced.clear();

        assertThat(send("DELETE", "/api/tools/forecast/config", null).statusCode()).isEqualTo(204);
        assertThat(announced).containsExactly(new ServerEvent.ToolsChanged());
        assertThat(store.find("forecast")).isEmpty();
        assertThat(send("DELETE", "/api/tools/forecast/config", null).statusCode()).isEqualTo(404);
        assertThat(announced).hasSize(1);
    }

    @Test
    void unknownConfiguration_is404() throws Exception {
        HttpResponse<String> get = send("GET", "/api/tools/nothing/config", null);

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(Json.parse(get.body()).path("error").asString()).isEqualTo("no configuration for tool 'nothing'");
    }

    @Test
    void invalidBodies_are400NamingTheProblem_andChangeNothing() throws Exception {
        assertThat(badRequest("not json")).startsWith("the body is not JSON");
        assertThat(badRequest("[1]")).isEqualTo("the body must be a JSON object");
        assertThat(badRequest("{\"enabled\":\"yes\"}")).isEqualTo("'enabled' must be true or false");
        assertThat(badRequest("{\"requiredScopes\":\"admin\"}")).isEqualTo("'requiredScopes' must be an array of strings");
        assertThat(badRequest("{\"requiredScopes\":[\"a b\"]}")).contains("without spaces");
        assertThat(badRequest("{\"descriptionOverride\":3}")).isEqualTo("'descriptionOverride' must be a string or null");
        assertThat(badRequest("{\"settings\":[]}")).isEqualTo("'settings' must be a JSON object");
        assertThat(badRequest("{\"enable\":true}")).startsWith("unknown field 'enable'");

        assertThat(store.all()).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void invalidToolName_is400() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/tools/no%20spaces/config", "{}");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(Json.parse(put.body()).path("error").asString()).contains("is not a tool name");
    }

    private String badRequest(String body) throws Exception {
        HttpResponse<String> put = send("PUT", "/api/tools/forecast/config", body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        return Json.parse(put.body()).path("error").asString();
    }
}
