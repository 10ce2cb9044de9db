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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code mcphex tool-config} against the test PostgreSQL, announcing its changes on the test Redis. */
class ToolConfigCommandIT {
    private static final Map<String, String> ENVIRONMENT = Map.of("MCP_DATABASE_URL", TestDatabase.url(),
            "MCP_REDIS_URL", TestRedis.url());
    private final String tool = "cli_" + UUID.randomUUID().toString().replace("-", "");
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void migrate() {
        assertThat(new ToolConfigCommandIT().run("migrate")).isZero();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.create(CompositionRoot.injector(Environment.of(ENVIRONMENT), ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void set_savesWhatIsGiven_keepsTheRest_andAnnouncesTheChangeOnRedis() throws Exception {
        List<ServerEvent> heard = new CopyOnWriteArrayList<>();
        try (var redis = RedisConnections.open(RedisSettings.parse(TestRedis.url()));
             var bus = new RedisNotificationBus(redis); var subscription = bus.subscribe(heard::add)) {
            assertThat(run("tool-config", "set", tool, "--enabled", "false", "--scope", "a", "--scope", "b",
                    "--description", "Configured")).as(err.toString()).isZero();
            assertThat(run("tool-config", "set", tool, "--enabled", "true")).as(err.toString()).isZero();

            JsonNode shown = Json.parse(out.toString());
            assertThat(shown.path("enabled").booleanValue()).isTrue();
            assertThat(shown.path("requiredScopes")).extracting(JsonNode::asString).containsExactly("a", "b");
            assertThat(shown.path("descriptionOverride").asString()).isEqualTo("Configured");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (heard.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(heard).contains(new ServerEvent.ToolsChanged());
        }
    }

    @Test
    void getListAndDelete_showAndForgetTheConfiguration() {
        run("tool-config", "set", tool, "--description", "Shown");

        assertThat(run("tool-config", "get", tool)).isZero();
        assertThat(Json.parse(out.toString()).path("descriptionOverride").asString()).isEqualTo("Shown");
        assertThat(run("tool-config", "list")).isZero();
        assertThat(Json.parse(out.toString())).extracting(n -> n.path("tool").asString()).contains(tool);
        assertThat(run("tool-config", "delete", tool)).isZero();
        assertThat(run("tool-config", "get", tool)).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("mcphex: no configuration for tool '" + tool + "'");
        assertThat(run("tool-config", "delete", tool)).isEqualTo(1);
    }

    @Test
    void invalidToolName_failsWithOneLine() {
        assertThat(run("tool-config", "set", "not a name", "--enabled", "false")).isEqualTo(1);

        assertThat(err.toString()).startsWith("mcphex: 'not a name' is not a tool name").hasLineCount(1);
    }
}
