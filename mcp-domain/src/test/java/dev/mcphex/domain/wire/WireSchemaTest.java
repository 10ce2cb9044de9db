package dev.mcphex.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives a real engine through a conversation in each protocol revision it serves and checks every
 * message it sends (responses, errors, notifications, server-to-client requests) against the official
 * MCP schema of that revision.
 */
class WireSchemaTest {
    private static final Map<String, McpSchema> SCHEMAS = new ConcurrentHashMap<>();

    static Stream<WireCase> legacyMessages() {
        return Stream.of("2025-06-18", "2025-11-25").flatMap(version -> LegacyConversation.run(version).stream());
    }

    static Stream<WireCase> modernMessages() {
        return ModernConversation.run().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyMessages")
    void legacyEraMessagesConformToTheNegotiatedRevision(WireCase message) {
        assertConforms(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modernMessages")
    void modernEraMessagesConformTo20260728(WireCase message) {
        assertConforms(message);
    }

    private static void assertConforms(WireCase message) {
        List<String> problems = message.verdict().apply(schema(message.version()));
        assertThat(problems).as("%s", message).isEmpty();
    }

    /** The revision's schema; skips the test when the shared schemas are not there. */
    static McpSchema schema(String version) {
        Optional<Path> directory = SchemaDirectory.find();
        if (directory.isEmpty()) {
            Assumptions.assumeTrue(false, "…/shared/mcp-schema not found: schema checks skipped");
        }
        Path file = directory.get().resolve(version).resolve("schema.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not found: schema checks skipped");
        return SCHEMAS.computeIfAbsent(version, v -> McpSchema.load(file, v));
    }
}
