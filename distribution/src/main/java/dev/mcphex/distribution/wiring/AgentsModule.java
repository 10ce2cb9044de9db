package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.adapter.openai.OpenAiLanguageModel;
import dev.mcphex.distribution.config.AgentsConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.OpenAiConfig;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.domain.agents.scripted.ScriptFile;
import dev.mcphex.domain.models.SamplingLanguageModel;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.model.LanguageModel;
import java.util.Optional;

/**
 * Agents, when {@link AgentsConfig} turns them on: definitions from the configured files and the definition
 * store, runs recorded in the run store (both bound by the persistence module: PostgreSQL or memory), blackboards in
 * the context store, and the model {@value AgentsConfig#MODEL} names.
 */
public final class AgentsModule extends AbstractModule {

    @Provides
    @Singleton
    AgentsConfig agentsConfig(Environment env) {
        return AgentsConfig.from(env);
    }

    /** The feature's configuration, or empty when agents are off. */
    @Provides
    @Singleton
    Optional<AgentsConfiguration> agents(AgentsConfig config, Environment env, AgentDefinitionStore definitions,
                                         AgentRunStore runs, ContextStore context) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new AgentsConfiguration(config.loadDefinitions(), definitions, runs, context, model(config, env),
                config.runLimits(), config.blackboardTtl()));
    }

    private static LanguageModel model(AgentsConfig config, Environment env) {
        String name = config.model().orElse(AgentsConfig.SAMPLING);
        return switch (name) {
            case AgentsConfig.SAMPLING -> new SamplingLanguageModel();
            case AgentsConfig.OPENAI -> new OpenAiLanguageModel(OpenAiConfig.from(env).settings().orElseThrow(
                    () -> new InvalidConfigurationException(AgentsConfig.MODEL + "=" + AgentsConfig.OPENAI + " needs "
                            + OpenAiConfig.MODEL)));
            case AgentsConfig.SCRIPTED -> {
                try {
                    yield ScriptFile.parse(config.readScript());
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException(AgentsConfig.SCRIPT + ": " + e.getMessage(), e);
                }
            }
            default -> throw new InvalidConfigurationException(AgentsConfig.MODEL + " names no known model: " + name);
        };
    }
}
