package dev.mcphex.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, from the binaries that Maven Central ships. PostgreSQL refuses
 * to run as root, so under root its programs are wrapped to run as {@code nobody}.
 */
final class EmbeddedServer {
    private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "mcphex-embedded-pg");
    private static final String WRAPPER = """
            #!/bin/sh
            # Runs the real program as nobody, after handing it the data directory.
            dir=""; prev=""
            for arg in "$@"; do
              if [ "$prev" = "-D" ]; then dir="$arg"; fi
              prev="$arg"
            done
            if [ -n "$dir" ]; then chown -R nobody "$dir"; fi
            exec setpriv --reuid=nobody --regid=nogroup --clear-groups "$0.real" "$@"
            """;

    private EmbeddedServer() {
    }

    /** Starts a server on a free port, with a data directory that is removed when it stops. */
    static EmbeddedPostgres start() throws IOException {
        return start(0, null);
    }

    /**
     * Starts a server on {@code port} whose data lives in {@code dataDirectory}, kept when it stops so
     * that a later start finds it again.
     */
    static EmbeddedPostgres start(int port, Path dataDirectory) throws IOException {
        Files.createDirectories(WORK);
        try {
            return builder(port, dataDirectory).start();
        } catch (IOException | IllegalStateException e) {
            if (!isRoot()) {
                throw e;
            }
            wrapForRoot();
            return builder(port, dataDirectory).start();
        }
    }

    private static EmbeddedPostgres.Builder builder(int port, Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setOverrideWorkingDirectory(WORK.toFile());
        if (dataDirectory != null) {
            builder = builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return port > 0 ? builder.setPort(port) : builder;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void wrapForRoot() throws IOException {
        try (Stream<Path> dirs = Files.list(WORK)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("PG-")).toList()) {
                for (String program : new String[] {"initdb", "pg_ctl"}) {
                    Path bin = dir.resolve("bin").resolve(program);
                    Path real = dir.resolve("bin").resolve(program + ".real");
                    if (Files.exists(bin) && !Files.exists(real)) {
                        Files.move(bin, real);
                        Files.writeString(bin, WRAPPER);
                        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }
}
