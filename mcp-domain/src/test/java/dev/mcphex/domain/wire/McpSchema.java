package dev.mcphex.domain.wire;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One revision's official MCP schema, validating instances against any of its definitions. The
 * 2025-06-18 file is draft-07 with {@code definitions}, later ones draft 2020-12 with {@code $defs};
 * each file's own {@code $schema} picks the dialect.
 */
final class McpSchema {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Envelope names that older revisions spell differently. */
    private static final Map<String, String> OLDER_NAMES = Map.of(
            "JSONRPCResultResponse", "JSONRPCResponse",
            "JSONRPCErrorResponse", "JSONRPCError");
    private static final int MAX_REPORTED = 10;

    private final String version;
    private final ObjectNode root;
    private final String definitionsKey;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private McpSchema(String version, ObjectNode root) {
        this.version = version;
        this.root = root;
        this.definitionsKey = root.has("$defs") ? "$defs" : "definitions";
        patchNumberSchemaBounds((ObjectNode) root.get(definitionsKey));
    }

    static McpSchema load(Path file, String version) {
        try {
            return new McpSchema(version, (ObjectNode) Json.MAPPER.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    String version() {
        return version;
    }

    boolean defines(String definition) {
        return root.get(definitionsKey).has(definition);
    }

    /** The problems of {@code instance} against {@code definition}; empty when it conforms. */
    List<String> problems(JsonNode instance, String definition) {
        String name = defines(definition) ? definition : OLDER_NAMES.getOrDefault(definition, definition);
        if (!defines(name)) {
            return List.of("schema " + version + " has no definition " + definition);
        }
        List<Error> errors = compiled.computeIfAbsent(name, this::compile).validate(instance);
        return errors.stream().limit(MAX_REPORTED)
                .map(e -> name + " " + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private Schema compile(String definition) {
        ObjectNode wrapper = root.deepCopy();
        wrapper.put("$ref", "#/" + definitionsKey + "/" + definition);
        return REGISTRY.getSchema(SchemaLocation.of("urn:mcp-schema:" + version + ":" + definition), wrapper);
    }

    /**
     * Known erratum: some revisions type {@code NumberSchema.minimum/maximum/default} as integer although
     * they may be fractional. Patched in memory only.
     */
    private static void patchNumberSchemaBounds(ObjectNode definitions) {
        if (!(definitions.get("NumberSchema") instanceof ObjectNode numberSchema)
                || !(numberSchema.get("properties") instanceof ObjectNode properties)) {
            return;
        }
        for (String field : List.of("minimum", "maximum", "default")) {
            if (properties.get(field) instanceof ObjectNode bound && "integer".equals(bound.path("type").asString(""))) {
                bound.put("type", "number");
            }
        }
    }
}
