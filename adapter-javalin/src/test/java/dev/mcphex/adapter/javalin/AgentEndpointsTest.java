package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.ops.AgentEndpoints;
import dev.mcphex.domain.memory.InMemoryAgentDefinitionStore;
import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.jsonrpc.Json;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The agents admin API over real HTTP, with authentication on and off. */
class AgentEndpointsTest {
    private static final String ADMIN = "mcp:admin";
    private static final AgentDefinition WRITER =
            new AgentDefinition("writer", "Writes", "Write.", List.of("echo"), null, null);
    private static final String CRITIC = """
            {"description": "Criticises", "instructions": "Find faults.", "allowedTools": ["*"],
             "modelPreferences": {"hints": [{"name": "small"}]},
             "limits": {"maxSteps": 4, "maxTokens": 1000, "maxDurationSeconds": 1.5}}""";

    private final InMemoryAgentDefinitionStore store = new InMemoryAgentDefinitionStore();
    private final InMemoryNotificationBus bus = new InMemoryNotificationBus();
    private final List<ServerEvent> announced = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin javalin;

    @AfterEach
    void stop() {
        if (javalin != null) {
            javalin.stop();
        }
        client.close();
    }

    private void start(ResourceServer auth, Optional<AgentEndpoints.Agents> agents) {
        bus.subscribe(announced::add);
        var endpoints = new AgentEndpoints(agents, bus, auth, ADMIN);
        javalin = Javalin.create(endpoints::addTo).start("127.0.0.1", 0);
    }

    private void startWithoutAuth() {
        start(ResourceServer.disabled(), Optional.of(new AgentEndpoints.Agents(List.of(WRITER), store)));
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, null);
    }

    @Test
    void put_storesTheAgent_announcesBothListChanges_andGetShowsItBackInTheFileShape() throws Exception {
        startWithoutAuth();

        HttpResponse<String> put = send("PUT", "/api/agents/critic", CRITIC);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(announced).containsExactly(new ServerEvent.ResourcesChanged(), new ServerEvent.PromptsChanged());
        AgentDefinition saved = store.find("critic").orElseThrow();
        assertThat(saved.allowedTools()).containsExactly("*");
        assertThat(saved.limits()).isEqualTo(new AgentLimits(4, 1000, Duration.ofMillis(1500)));
        JsonNode one = Json.parse(send("GET", "/api/agents/critic", null).body());
        assertThat(one).isEqualTo(Json.parse(put.body()));
        assertThat(one.path("source").asString()).isEqualTo("store");
        assertThat(one.at("/limits/maxDurationSeconds").doubleValue()).isEqualTo(1.5);
        assertThat(one.at("/modelPreferences/hints/0/name").asString()).isEqualTo("small");

        announced.clear();
        assertThat(send("PUT", "/api/agents/critic", one.toString()).statusCode()).isEqualTo(200);
        assertThat(store.find("critic")).contains(saved);
        assertThat(announced).hasSize(2);
    }

    @Test
    void list_showsDeclaredThenStoredAgents_withWhereEachComesFrom() throws Exception {
        startWithoutAuth();
        send("PUT", "/api/agents/critic", CRITIC);
        send("PUT", "/api/agents/writer", "{\"description\": \"Writes tersely\", \"instructions\": \"Write less.\"}");

        JsonNode all = Json.parse(send("GET", "/api/agents", null).body());

        assertThat(all).extracting(a -> a.path("name").asString() + "/" + a.path("source").asString() + "/"
                + a.path("replacesDeclared").asBoolean(false)).containsExactly("writer/store/true", "critic/store/false");
        assertThat(all.get(0).path("description").asString()).isEqualTo("Writes tersely");
        assertThat(send("DELETE", "/api/agents/writer", null).statusCode()).isEqualTo(204);
        JsonNode declared = Json.parse(send("GET", "/api/agents/writer", null).body());
        assertThat(declared.path("source").asString()).isEqualTo("configuration");
        assertThat(declared.path("description").asString()).isEqualTo("Writes");
    }

    @Test
    void delete_removesTheStoredAgentAndAnnouncesIt_then404_andADeclaredOneIs409() throws Exception {
        startWithoutAuth();
        send("PUT", "/api/agents/critic", CRITIC);
        announced.clear();

        assertThat(send("DELETE", "/api/agents/critic", null).statusCode()).isEqualTo(204);
        assertThat(announced).hasSize(2);
        assertThat(store.find("critic")).isEmpty();
        HttpResponse<String> again = send("DELETE", "/api/agents/critic", null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Json.parse(again.body()).path("error").asString()).isEqualTo("no stored agent 'critic'");
        HttpResponse<String> declared = send("DELETE", "/api/agents/writer", null);
        assertThat(declared.statusCode()).isEqualTo(409);
        assertThat(Json.parse(declared.body()).path("error").asString()).contains("declared by the configuration files");
        assertThat(announced).hasSize(2);
    }

    @Test
    void unknownAgent_is404() throws Exception {
        startWithoutAuth();

        HttpResponse<String> get = send("GET", "/api/agents/nobody", null);

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(Json.parse(get.body()).path("error").asString()).isEqualTo("no agent 'nobody'");
    }

    @Test
    void invalidBodies_are400NamingTheField_andChangeNothing() throws Exception {
        startWithoutAuth();

        assertThat(badRequest("critic", "not json")).startsWith("the body is not JSON");
        assertThat(badRequest("critic", "[1]")).isEqualTo("an agent must be a JSON object");
        assertThat(badRequest("critic", "{\"instructions\": \"i\"}")).isEqualTo("description must be a string");
        assertThat(badRequest("critic", "{\"description\": \"d\", \"instructions\": \" \"}"))
                .isEqualTo("agent critic needs instructions");
        assertThat(badRequest("critic", "{\"name\": \"other\", \"description\": \"d\", \"instructions\": \"i\"}"))
                .isEqualTo("name 'other' differs from the agent named 'critic'");
        assertThat(badRequest("critic", "{\"description\": \"d\", \"instructions\": \"i\", \"allowedTools\": \"echo\"}"))
                .isEqualTo("allowedTools must be a list of tool names");
        assertThat(badRequest("critic", "{\"description\": \"d\", \"instructions\": \"i\", \"limits\": {\"maxSteps\": \"4\"}}"))
                .isEqualTo("limits.maxSteps must be a positive whole number");
        assertThat(badRequest("critic", "{\"description\": \"d\", \"instructions\": \"i\", \"modelPreferences\": 1}"))
                .isEqualTo("modelPreferences must be an object");
        assertThat(badRequest("no.dots", "{\"description\": \"d\", \"instructions\": \"i\"}"))
                .startsWith("agent name must be 1 to 64 characters");

        assertThat(store.list()).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void withoutAgents_everyEndpointIs404SayingSo() throws Exception {
        start(ResourceServer.disabled(), Optional.empty());

        for (String method : List.of("GET", "PUT", "DELETE")) {
            HttpResponse<String> response = send(method, "/api/agents/critic", method.equals("PUT") ? CRITIC : null);
            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertThat(Json.parse(response.body()).path("error").asString()).startsWith("this server offers no agents");
        }
        assertThat(send("GET", "/api/agents", null).statusCode()).isEqualTo(404);
    }

    @Test
    void withAuthentication_theAdminScopeIsNeeded() throws Exception {
        start(ResourceServer.of(BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))),
                Optional.of(new AgentEndpoints.Agents(List.of(WRITER), store)));

        assertThat(send("GET", "/api/agents", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> user = send("PUT", "/api/agents/critic", CRITIC, Tokens.hs256("alice", "tools:read"));
        assertThat(user.statusCode()).isEqualTo(403);
        assertThat(user.headers().firstValue("WWW-Authenticate")).get().asString().contains("scope=\"" + ADMIN + "\"");
        assertThat(store.list()).isEmpty();

        String admin = Tokens.hs256("root", ADMIN);
        assertThat(send("PUT", "/api/agents/critic", CRITIC, admin).statusCode()).isEqualTo(200);
        JsonNode all = Json.parse(send("GET", "/api/agents", null, admin).body());
        assertThat(all).extracting(a -> a.path("name").asString()).containsExactly("writer", "critic");
        assertThat(send("DELETE", "/api/agents/critic", null, admin).statusCode()).isEqualTo(204);
    }

    private String badRequest(String name, String body) throws Exception {
        HttpResponse<String> put = send("PUT", "/api/agents/" + name, body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        return Json.parse(put.body()).path("error").asString();
    }
}
