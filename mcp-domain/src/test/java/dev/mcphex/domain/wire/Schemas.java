package dev.mcphex.domain.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/** The official schemas, loaded once per revision; a test that needs an absent one is skipped. */
final class Schemas {
    private static final Map<String, McpSchema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    static McpSchema of(String version) {
        Optional<Path> directory = SchemaDirectory.find();
        if (directory.isEmpty()) {
            Assumptions.assumeTrue(false, "…/shared/mcp-schema not found: schema checks skipped");
        }
        Path file = directory.get().resolve(version).resolve("schema.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not found: schema checks skipped");
        return LOADED.computeIfAbsent(version, v -> McpSchema.load(file, v));
    }
}
