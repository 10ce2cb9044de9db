package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.postgres.TestDatabase;
import dev.mcphex.adapter.redis.RedisConnections;
import dev.mcphex.adapter.redis.RedisNotificationBus;
import dev.mcphex.adapter.redis.RedisSettings;
import dev.mcphex.adapter.redis.TestRedis;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code mcphex agents} against the test PostgreSQL, announcing its changes on the test Redis. */
class AgentsCommandIT {
    private final String agent = "cli_" + UUID.randomUUID().toString().replace("-", "");
    @TempDir
    Path directory;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void migrate() {
        assertThat(new AgentsCommandIT().run(Map.of(), "migrate")).isZero();
    }

    private int run(Map<String, String> more, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var variables = new HashMap<>(Map.of("MCP_DATABASE_URL", TestDatabase.url(),
                "MCP_REDIS_URL", TestRedis.url()));
        variables.putAll(more);
        return Cli.create(CompositionRoot.injector(Environment.of(variables), ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private Path file(String json) throws IOException {
        return Files.writeString(directory.resolve(UUID.randomUUID() + ".json"), json);
    }

    @Test
    void put_storesTheFilesAgents_andAnnouncesBothListChangesOnRedis() throws Exception {
        List<ServerEvent> heard = new CopyOnWriteArrayList<>();
        try (var redis = RedisConnections.open(RedisSettings.parse(TestRedis.url()));
             var bus = new RedisNotificationBus(redis); var subscription = bus.subscribe(heard::add)) {
            Path single = file("{\"name\": \"" + agent + "\", \"description\": \"Criticises\", \"instructions\": \"Find faults.\","
                    + " \"limits\": {\"maxSteps\": 3}}");

            assertThat(run("agents", "put", single.toString())).as(err.toString()).isZero();

            JsonNode printed = Json.parse(out.toString());
            assertThat(printed).singleElement().satisfies(a -> {
                assertThat(a.path("name").asString()).isEqualTo(agent);
                assertThat(a.path("source").asString()).isEqualTo("store");
                assertThat(a.at("/limits/maxSteps").asInt()).isEqualTo(3);
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (heard.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(heard).contains(new ServerEvent.ResourcesChanged(), new ServerEvent.PromptsChanged());
        } finally {
            run("agents", "delete", agent);
        }
    }

    @Test
    void listShowAndDelete_showTheDeclaredAndStoredAgents_andForgetTheStoredOne() throws Exception {
        Path declared = file("{\"agents\": [{\"name\": \"" + agent + "_declared\", \"description\": \"d\", \"instructions\": \"i\"}]}");
        Map<String, String> withDeclared = Map.of("MCP_AGENTS", declared.toString());
        assertThat(run("agents", "put", file("[{\"name\": \"" + agent + "\", \"description\": \"Shown\","
                + " \"instructions\": \"i\"}]").toString())).as(err.toString()).isZero();

        assertThat(run(withDeclared, "agents", "list")).as(err.toString()).isZero();
        assertThat(Json.parse(out.toString())).extracting(a -> a.path("name").asString() + "/" + a.path("source").asString())
                .contains(agent + "_declared/configuration", agent + "/store");
        assertThat(run("agents", "show", agent)).isZero();
        assertThat(Json.parse(out.toString()).path("description").asString()).isEqualTo("Shown");
        assertThat(run("agents", "delete", agent)).isZero();
        assertThat(run("agents", "show", agent)).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("mcphex: no agent '" + agent + "'");
        assertThat(run("agents", "delete", agent)).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("mcphex: no stored agent '" + agent + "'");
        assertThat(run(withDeclared, "agents", "delete", agent + "_declared")).isEqualTo(1);
        assertThat(err.toString()).contains("declared by the configuration files");
    }

    @Test
    void put_ofAnInvalidFile_failsNamingTheFileAndTheField_andStoresNothing() throws Exception {
        Path bad = file("[{\"name\": \"" + agent + "\", \"description\": 3, \"instructions\": \"i\"}]");

        assertThat(run("agents", "put", bad.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("mcphex: " + bad + ", agent 1: description must be a string");
        assertThat(run("agents", "show", agent)).isEqualTo(1);
    }
}
