package dev.mcphex.examples.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the official MCP conformance suite ({@code conformance/run-suite}: the scored scenario sets of
 * 2026-07-28 and 2025-11-25, the unscored scenarios and the tasks extension's, against
 * {@code conformance/expected-failures.yml})
 * against the fixture server on Streamable HTTP. The results land in {@code target/conformance}.
 */
class ConformanceSuiteIT {
    private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(15);

    @Test
    void theFixturePassesTheConformanceSuite() {
        Path node = NodeTooling.installNode();
        int port = NodeTooling.freePort();
        String url = "http://127.0.0.1:" + port + "/mcp";
        Path results = NodeTooling.targetDir().resolve("conformance");
        NodeTooling.Running server = NodeTooling.startHttpFixture(port);
        NodeTooling.Finished suite;
        try {
            Path runSuite = NodeTooling.conformanceDir().resolve("run-suite");
            suite = NodeTooling.run("conformance",
                    List.of("bash", runSuite.toString(), url, results.toString()),
                    NodeTooling.conformanceDir(), SUITE_TIMEOUT);
        } finally {
            server.stop();
        }
        if (suite.exitCode() != 0) {
            fail("the conformance suite failed (exit " + suite.exitCode() + ", Node " + node + ", results in "
                    + results + "):\n" + summary(suite.output()));
        }
    }

    /** The runner's closing summary, or the end of its output if it never got there. */
    private static String summary(List<String> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            if (output.get(i).contains("conformance summary")) {
                return String.join("\n", output.subList(i, output.size()));
            }
        }
        return NodeTooling.tail(output, 60);
    }
}
