package dev.mcphex.distribution.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A configuration file in Java properties format (UTF-8), whose keys are the names of the environment
 * variables it stands in for: {@code MCP_PORT=9000}. The environment overrides it; it overrides the defaults.
 * Its path comes from {@code --config FILE} or {@value #VARIABLE}.
 */
public final class ConfigFile {
    /** The variable that names the configuration file when {@code --config} does not. */
    public static final String VARIABLE = "MCP_CONFIG_FILE";

    private ConfigFile() {
    }

    /**
     * The variables the file sets.
     *
     * @throws InvalidConfigurationException if the file cannot be read
     */
    public static Environment load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigurationException("Cannot read the configuration file " + file + " (" + VARIABLE
                    + " or --config): " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key.strip(), properties.getProperty(key).strip()));
        return Environment.of(values);
    }

    /**
     * The process environment over the configuration file, if one is named, over nothing.
     *
     * @param explicit the file given on the command line, which wins over {@value #VARIABLE}
     */
    public static Environment layered(Environment process, Optional<Path> explicit) {
        Optional<Path> file = explicit.or(() -> process.get(VARIABLE).filter(v -> !v.isBlank()).map(Path::of));
        return file.map(path -> Environment.layered(process, load(path))).orElse(process);
    }
}
