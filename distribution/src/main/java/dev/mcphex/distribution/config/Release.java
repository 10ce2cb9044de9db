package dev.mcphex.distribution.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build of mcphex, as Maven wrote it into a filtered resource.
 *
 * @param version such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}
 */
public record Release(String version) {
    private static final String RESOURCE = "/dev/mcphex/distribution/release.properties";
    private static final String UNKNOWN = "unknown";

    public Release {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
    }

    /** The release this code was built as; {@code unknown} when the build left no record of it. */
    public static Release current() {
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Release(UNKNOWN);
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // An unfiltered resource (run straight from an IDE's output) still holds the placeholder.
            return new Release(version.isBlank() || version.startsWith("${") ? UNKNOWN : version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
