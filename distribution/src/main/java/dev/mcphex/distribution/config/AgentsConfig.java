package dev.mcphex.distribution.config;

import dev.mcphex.domain.agents.AgentDefinitionsJson;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agents feature: on when {@value #AGENTS} or {@value #MODEL} is set.
 *
 * @param definitions the file, or directory of {@code *.json} files, of agent definitions, from {@value #AGENTS}
 * @param model       the model agents' turns go to, from {@value #MODEL}: {@code sampling} (the client's own
 *                    model, the default), {@code openai} (the chat-completions API of {@code MCP_OPENAI_*}) or
 *                    {@code scripted}
 * @param script      the script of the {@code scripted} model, from {@value #SCRIPT}
 * @param runLimits   one run's budget, from {@value #RUN_MAX_STEPS}, {@value #RUN_MAX_TOKENS} and {@value #RUN_TIMEOUT}
 */
public record AgentsConfig(Optional<Path> definitions, Optional<String> model, Optional<Path> script,
                           AgentLimits runLimits) {
    public static final String AGENTS = "MCP_AGENTS";
    public static final String MODEL = "MCP_AGENT_MODEL";
    public static final String SCRIPT = "MCP_AGENT_SCRIPT";
    public static final String RUN_MAX_STEPS = "MCP_AGENT_RUN_MAX_STEPS";
    public static final String RUN_MAX_TOKENS = "MCP_AGENT_RUN_MAX_TOKENS";
    public static final String RUN_TIMEOUT = "MCP_AGENT_RUN_TIMEOUT";
    /** The model that answers from a script file. */
    public static final String SCRIPTED = "scripted";
    /** The client's own model, asked through MCP sampling. */
    public static final String SAMPLING = "sampling";
    /** The OpenAI-compatible chat-completions API that {@code MCP_OPENAI_MODEL} and its settings name. */
    public static final String OPENAI = "openai";
    private static final java.util.Set<String> MODELS = java.util.Set.of(SAMPLING, OPENAI, SCRIPTED);

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException naming the variable whose value is unusable
     */
    public static AgentsConfig from(Environment env) {
        Optional<Path> definitions = path(env, AGENTS);
        Optional<String> model = env.get(MODEL).map(String::strip).filter(s -> !s.isEmpty());
        Optional<Path> script = path(env, SCRIPT);
        if (model.isPresent() && !MODELS.contains(model.get())) {
            throw new InvalidConfigurationException(MODEL + " must be one of: " + SAMPLING + ", " + OPENAI + ", "
                    + SCRIPTED + " (not '" + model.get() + "')");
        }
        if (model.filter(OPENAI::equals).isPresent() && OpenAiConfig.from(env).settings().isEmpty()) {
            throw new InvalidConfigurationException(MODEL + "=" + OPENAI + " needs " + OpenAiConfig.MODEL
                    + ", the model of the chat-completions API");
        }
        if (model.filter(SCRIPTED::equals).isPresent() && script.isEmpty()) {
            throw new InvalidConfigurationException(MODEL + "=" + SCRIPTED + " needs " + SCRIPT
                    + ", the script file");
        }
        AgentLimits fallback = AgentsConfiguration.DEFAULT_RUN_LIMITS;
        try {
            var limits = new AgentLimits(
                    (int) number(env, RUN_MAX_STEPS, fallback.maxSteps()), number(env, RUN_MAX_TOKENS, fallback.maxTokens()),
                    env.get(RUN_TIMEOUT).filter(s -> !s.isBlank()).map(Durations::parse).orElse(fallback.maxDuration()));
            return new AgentsConfig(definitions, model.or(() -> definitions.map(d -> SAMPLING)), script, limits);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("agent run limits: " + e.getMessage());
        }
    }

    /** Whether agents are offered. */
    public boolean enabled() {
        return definitions.isPresent() || model.isPresent();
    }

    /**
     * The definitions the file, or every {@code *.json} file of the directory (by name), declares.
     *
     * @throws InvalidConfigurationException naming the file that cannot be read or is invalid
     */
    public List<AgentDefinition> loadDefinitions() {
        if (definitions.isEmpty()) {
            return List.of();
        }
        Path path = definitions.get();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> listed = Files.list(path)) {
                listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InvalidConfigurationException(AGENTS + ": cannot list " + path + ": " + e.getMessage());
            }
        } else {
            files.add(path);
        }
        List<AgentDefinition> all = new ArrayList<>();
        for (Path file : files) {
            try {
                all.addAll(AgentDefinitionsJson.parse(read(file), file.toString()));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(AGENTS + ": " + e.getMessage());
            }
        }
        return all;
    }

    /**
     * The script file's text.
     *
     * @throws InvalidConfigurationException if it cannot be read
     */
    public String readScript() {
        return read(script.orElseThrow(() -> new InvalidConfigurationException(SCRIPT + " is not set")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidConfigurationException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Optional<Path> path(Environment env, String variable) {
        return env.get(variable).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }

    private static long number(Environment env, String variable, long fallback) {
        try {
            return env.get(variable).filter(s -> !s.isBlank()).map(s -> Long.parseLong(s.strip())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(variable + " must be a whole number");
        }
    }

    /** How long blackboard notes live. */
    public Duration blackboardTtl() {
        return runLimits.maxDuration().plus(AgentsConfiguration.DEFAULT_BLACKBOARD_TTL);
    }
}
