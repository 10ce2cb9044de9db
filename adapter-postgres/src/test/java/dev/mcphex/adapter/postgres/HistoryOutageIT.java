package dev.mcphex.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.history.BufferedConversationLog;
import dev.mcphex.domain.history.HistoryRecorder;
import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryPage;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.driving.McpServer;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.ToolResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** History written while the database is down reaches it once it is back. Uses a server of its own. */
class HistoryOutageIT {
    private static final int BEFORE = 5;
    private static final int DURING = 20;

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within " + limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static ObjectNode echo(int n) {
        ObjectNode params = Json.object().put("name", "echo");
        params.putObject("arguments").put("text", "message " + n);
        ObjectNode meta = params.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "it").put("version", "1");
        return params;
    }

    @Test
    void historyWrittenDuringAnOutage_isCompleteOnceTheDatabaseIsBack() throws Exception {
        int port = freePort();
        Path data = Files.createTempDirectory("mcphex-outage-pg");
        EmbeddedPostgres postgres = EmbeddedServer.start(port, data);
        PostgresSettings settings = PostgresSettings.parse("postgresql://postgres@localhost:" + port + "/postgres")
                .withPoolSize(2).withConnectTimeout(Duration.ofSeconds(1));
        try (var database = new PostgresDatabase(settings)) {
            database.migrate();
            var history = new BufferedConversationLog(new JdbiConversationLog(database),
                    new BufferedConversationLog.Settings(1_000, 50, Duration.ofMillis(50), Duration.ofMillis(500),
                            Duration.ofSeconds(30), Duration.ZERO));
            McpServer server = new HistoryRecorder(Mcphex.server("outage", "1.0")
                    .tool("echo", "Echoes", (call, ctx) -> ToolResult.text(call.string("text"))).build(),
                    history, Clock.systemUTC());
            for (int i = 0; i < BEFORE; i++) {
                assertThat(call(server, i)).isInstanceOf(JsonRpcResult.class);
            }
            await(Duration.ofSeconds(20), () -> history.written() == BEFORE);

            postgres.close();
            long started = System.nanoTime();
            for (int i = BEFORE; i < BEFORE + DURING; i++) {
                assertThat(call(server, i)).isInstanceOf(JsonRpcResult.class);
            }
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
            await(Duration.ofSeconds(30), () -> history.check().status() == Health.Status.DEGRADED);
            assertThat(history.written()).isEqualTo(BEFORE);

            postgres = EmbeddedServer.start(port, data);
            await(Duration.ofSeconds(60), () -> history.written() == BEFORE + DURING);
            assertThat(history.check().status()).isEqualTo(Health.Status.UP);
            assertThat(history.dropped()).isZero();
            history.close();

            List<HistoryEntry> stored = readAll(new JdbiConversationLog(database));
            Set<String> texts = new HashSet<>();
            stored.forEach(e -> texts.add(e.arguments().path("text").asString()));
            assertThat(stored).hasSize(BEFORE + DURING);
            assertThat(texts).hasSize(BEFORE + DURING).contains("message 0", "message " + (BEFORE + DURING - 1));
        } finally {
            postgres.close();
        }
    }

    private static Object call(McpServer server, int n) {
        return server.handle(new JsonRpcRequest(RequestId.of(n), "tools/call", echo(n)),
                Exchange.builder().build()).orElseThrow();
    }

    private static List<HistoryEntry> readAll(JdbiConversationLog log) {
        List<HistoryEntry> all = new ArrayList<>();
        HistoryQuery query = HistoryQuery.all(10);
        HistoryPage page = log.query(query);
        all.addAll(page.entries());
        while (page.next().isPresent()) {
            page = log.query(query.after(page.nextCursor()));
            all.addAll(page.entries());
        }
        return all;
    }
}
