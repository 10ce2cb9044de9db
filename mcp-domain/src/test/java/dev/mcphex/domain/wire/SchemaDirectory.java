package dev.mcphex.domain.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the official MCP schemas: {@code MCPHEX_SHARED_DIR} (system property or environment variable)
 * when set, otherwise a {@code shared/mcp-schema} directory beside the working directory or one of its
 * ancestors (in CI, {@code ../shared/mcp-schema} relative to the repository root).
 */
final class SchemaDirectory {
    static final String VARIABLE = "MCPHEX_SHARED_DIR";

    private SchemaDirectory() {
    }

    static Optional<Path> find() {
        String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            Path shared = Path.of(configured).toAbsolutePath();
            return Optional.of(shared.resolve("mcp-schema")).filter(Files::isDirectory)
                    .or(() -> Optional.of(shared).filter(dir -> Files.isDirectory(dir.resolve("2025-11-25"))));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("mcp-schema");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
