package dev.mcphex.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives a real engine through a conversation in each protocol revision it serves and checks every
 * message it sends (responses, errors, notifications, server-to-client requests) against the official
 * MCP schema of that revision.
 */
class WireSchemaTest {

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
        List<String> problems = message.verdict().apply(Schemas.of(message.version()));
        assertThat(problems).as("%s", message).isEmpty();
    }
}
