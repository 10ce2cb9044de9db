package dev.mcphex.distribution.config;

import java.util.Objects;

/**
 * One configuration setting: the environment variable (and configuration file key) that sets it.
 *
 * @param name         such as {@code MCP_PORT}
 * @param defaultValue what applies when nothing sets it, in words when it is not a plain value
 * @param description  what it does, in one sentence
 */
public record Setting(String name, String defaultValue, String description) {
    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }
}
