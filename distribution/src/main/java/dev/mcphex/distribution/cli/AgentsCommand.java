package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.javalin.ops.AgentEndpoints;
import dev.mcphex.adapter.postgres.JdbiAgentDefinitionStore;
import dev.mcphex.adapter.postgres.PostgresDatabase;
import dev.mcphex.distribution.config.AgentsConfig;
import dev.mcphex.distribution.config.DatabaseConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.wiring.PostgresModule;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionChanges;
import dev.mcphex.ports.agents.AgentDefinitionJson;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.jsonrpc.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code mcphex agents}: reads and changes the agent definitions stored in PostgreSQL, shows them beside those
 * the configuration files ({@code MCP_AGENTS}) declare, and announces each change on the configured notification
 * bus (Redis when configured), so running instances tell their clients the resource and prompt lists changed.
 */
@Command(name = "agents",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Lists, shows, stores and deletes agent definitions in the PostgreSQL database named by",
                "MCP_DATABASE_URL (or DATABASE_URL); changes are announced on Redis when MCP_REDIS_URL is set."},
        subcommands = {AgentsCommand.ListCommand.class, AgentsCommand.ShowCommand.class,
                AgentsCommand.PutCommand.class, AgentsCommand.DeleteCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure, or no such agent (one line on stderr)", "2:usage error"})
final class AgentsCommand {

    /** The declared agents and the store, opened for one command, and the bus changes are announced on. */
    static final class Access {
        private final Environment environment;
        private final Provider<NotificationBus> bus;

        @Inject
        Access(Environment environment, Provider<NotificationBus> bus) {
            this.environment = environment;
            this.bus = bus;
        }

        <T> T withAgents(Function<AgentEndpoints.Agents, T> action) {
            if (DatabaseConfig.url(environment).isEmpty()) {
                throw new InvalidConfigurationException("stored agent definitions live in PostgreSQL: set "
                        + DatabaseConfig.MCP_DATABASE_URL + " or " + DatabaseConfig.DATABASE_URL);
            }
            List<AgentDefinition> declared = AgentsConfig.from(environment).loadDefinitions();
            try (PostgresDatabase database = new PostgresDatabase(PostgresModule.settingsFrom(environment))) {
                return action.apply(new AgentEndpoints.Agents(declared,
                        new JdbiAgentDefinitionStore(database, Clock.systemUTC())));
            }
        }

        void announce() {
            AgentDefinitionChanges.announce(bus.get());
        }
    }

    /** A subcommand about one agent, named by its parameter. */
    abstract static class OneAgent implements Callable<Integer> {
        final Access access;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The agent's name.")
        String name;

        OneAgent(Access access) {
            this.access = access;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints every agent, declared and stored, as a JSON array; each has \"source\".")
    static final class ListCommand implements Callable<Integer> {
        private final Access access;
        @Spec
        private CommandSpec spec;

        @Inject
        ListCommand(Access access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            var all = Json.array();
            access.withAgents(AgentEndpoints.Agents::listing).values().forEach(all::add);
            CommandOutput.print(spec, Json.write(all));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints the agent clients see under NAME; exits 1 when there is none.")
    static final class ShowCommand extends OneAgent {

        @Inject
        ShowCommand(Access access) {
            super(access);
        }

        @Override
        public Integer call() {
            JsonNode agent = access.withAgents(agents -> agents.listing().get(name));
            if (agent == null) {
                return CommandOutput.fail(spec, "no agent '" + name + "'");
            }
            CommandOutput.print(spec, Json.write(agent));
            return 0;
        }
    }

    @Command(name = "put", mixinStandardHelpOptions = true,
            description = {"Stores the agents of FILE, replacing stored ones of the same names, then prints them.",
                    "FILE holds one agent object, a list of them, or {\"agents\": [...]} as MCP_AGENTS files do."})
    static final class PutCommand implements Callable<Integer> {
        private final Access access;
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The JSON file of agent definitions.")
        private Path file;

        @Inject
        PutCommand(Access access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            List<AgentDefinition> agents = read(file);
            var saved = Json.array();
            access.withAgents(store -> {
                agents.forEach(agent -> {
                    store.store().save(agent);
                    saved.add(store.stored(agent));
                });
                return saved;
            });
            access.announce();
            CommandOutput.print(spec, Json.write(saved));
            return 0;
        }

        private static List<AgentDefinition> read(Path file) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new InvalidConfigurationException("cannot read " + file + ": " + e.getMessage());
            }
            JsonNode root;
            try {
                root = Json.parse(text);
            } catch (JacksonException e) {
                throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
            }
            if (root.isObject() && root.has("name")) {
                try {
                    return List.of(AgentDefinitionJson.fromJson(root, null));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
            return AgentDefinitionJson.parseAll(text, file.toString());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes the stored definition of NAME; exits 1 when none is stored.")
    static final class DeleteCommand extends OneAgent {

        @Inject
        DeleteCommand(Access access) {
            super(access);
        }

        @Override
        public Integer call() {
            String missing = access.withAgents(agents -> agents.store().delete(name) ? null
                    : agents.declares(name) ? "agent '" + name + "' is declared by the configuration files, not stored"
                    : "no stored agent '" + name + "'");
            if (missing != null) {
                return CommandOutput.fail(spec, missing);
            }
            access.announce();
            CommandOutput.print(spec, "mcphex: deleted the stored agent '" + name + "'");
            return 0;
        }
    }
}
