package dev.mcphex.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The schema check is not vacuous: it rejects what the schema forbids, in every revision. */
class McpSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-18", "2025-11-25", "2026-07-28"})
    void rejectsAnImageWithoutData(String version) {
        JsonNode result = Json.parse("""
                {"resultType":"complete","content":[{"type":"image","mimeType":"image/png"}]}""");

        assertThat(Schemas.of(version).problems(result, "CallToolResult")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-18", "2025-11-25", "2026-07-28"})
    void acceptsAnImageWithDataAndMimeType(String version) {
        JsonNode result = Json.parse("""
                {"resultType":"complete","content":[{"type":"image","data":"%s","mimeType":"image/png"}]}"""
                .formatted(WireFixture.PNG));

        assertThat(Schemas.of(version).problems(result, "CallToolResult")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-18", "2025-11-25"})
    void acceptsFractionalNumberBoundsDespiteTheErratum(String version) {
        JsonNode bound = Json.parse("""
                {"type":"number","minimum":0.5,"maximum":2.5,"default":1.5}""");

        assertThat(Schemas.of(version).problems(bound, "NumberSchema")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListToolsResult", "CallToolResult"})
    void rejectsA20260728ResultWithoutResultType(String definition) {
        JsonNode result = Json.parse("""
                {"tools":[],"content":[],"ttlMs":0,"cacheScope":"public"}""");

        assertThat(Schemas.of("2026-07-28").problems(result, definition)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-18", "2026-07-28"})
    void reportsADefinitionTheRevisionLacks(String version) {
        assertThat(Schemas.of(version).problems(Json.object(), "NoSuchDefinition"))
                .containsExactly("schema " + version + " has no definition NoSuchDefinition");
    }
}
