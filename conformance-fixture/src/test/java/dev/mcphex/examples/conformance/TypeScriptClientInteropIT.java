package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official TypeScript SDK v2 client ({@code @modelcontextprotocol/client}, pinned in
 * {@code conformance/package.json}) runs {@code conformance/interop/ts-client.mjs} against the fixture
 * server: it lists tools, calls a plain tool, a multi round-trip elicitation tool and
 * {@code test_language_model} (the language-model port over sampling with tools: the client's model
 * asks for {@code lookup_capital}, gets its result and answers), reads a resource and gets a prompt, on
 * the 2026-07-28 revision, on the legacy handshake, and by auto negotiation.
 */
class TypeScriptClientInteropIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static Path node;

    @BeforeAll
    static void installNode() {
        node = NodeTooling.installNode();
    }

    @ParameterizedTest(name = "stdio, era {0}")
    @ValueSource(strings = {"2026-07-28", "legacy", "auto"})
    void overStdio(String era) {
        List<String> command = client(era);
        command.add("--stdio");
        command.add("--");
        command.addAll(NodeTooling.fixtureServerCommand("stdio"));
        assertPassed(NodeTooling.run("ts-client-stdio-" + era, command, NodeTooling.conformanceDir(), TIMEOUT));
    }

    @ParameterizedTest(name = "Streamable HTTP, era {0}")
    @ValueSource(strings = {"2026-07-28", "legacy", "auto"})
    void overStreamableHttp(String era) {
        int port = NodeTooling.freePort();
        NodeTooling.Running server = NodeTooling.startHttpFixture(port);
        try {
            List<String> command = client(era);
            command.add("--url");
            command.add("http://127.0.0.1:" + port + "/mcp");
            assertPassed(NodeTooling.run("ts-client-http-" + era, command, NodeTooling.conformanceDir(), TIMEOUT));
        } finally {
            server.stop();
        }
    }

    private static List<String> client(String era) {
        Path script = NodeTooling.conformanceDir().resolve("interop").resolve("ts-client.mjs");
        return new ArrayList<>(List.of(node.toString(), script.toString(), "--era", era));
    }

    private static void assertPassed(NodeTooling.Finished finished) {
        List<String> stdout = finished.stdout();
        String summary = stdout.isEmpty() ? "(no summary line)" : stdout.get(stdout.size() - 1);
        assertThat(finished.exitCode())
                .as("ts-client.mjs exit code; summary: %s%nlast output:%n%s", summary, finished.tail(30))
                .isZero();
        assertThat(summary).contains("\"ok\":true");
    }
}
