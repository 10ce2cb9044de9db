package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.javalin.ops.ToolConfigurationJson;
import dev.mcphex.adapter.postgres.JdbiToolConfigurationStore;
import dev.mcphex.adapter.postgres.PostgresDatabase;
import dev.mcphex.distribution.config.DatabaseConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.wiring.PostgresModule;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mcphex tool-config}: reads and changes operators' tool configuration in PostgreSQL, and
 * announces each change on the configured notification bus (Redis when configured), so running
 * instances tell their clients the tool list changed.
 */
@Command(name = "tool-config",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Lists, shows, sets and deletes tool configuration in the PostgreSQL database named by",
                "MCP_DATABASE_URL (or DATABASE_URL); changes are announced on Redis when MCP_REDIS_URL is set."},
        subcommands = {ToolConfigCommand.ListCommand.class, ToolConfigCommand.GetCommand.class,
                ToolConfigCommand.SetCommand.class, ToolConfigCommand.DeleteCommand.class})
final class ToolConfigCommand {

    /** The store, opened for one command, and the bus changes are announced on. */
    static final class Access {
        private final Environment environment;
        private final Provider<NotificationBus> bus;

        @Inject
        Access(Environment environment, Provider<NotificationBus> bus) {
            this.environment = environment;
            this.bus = bus;
        }

        <T> T withStore(Function<ToolConfigurationStore, T> action) {
            if (DatabaseConfig.url(environment).isEmpty()) {
                throw new InvalidConfigurationException("tool configuration lives in PostgreSQL: set "
                        + DatabaseConfig.MCP_DATABASE_URL + " or " + DatabaseConfig.DATABASE_URL);
            }
            try (PostgresDatabase database = new PostgresDatabase(PostgresModule.settingsFrom(environment))) {
                return action.apply(new JdbiToolConfigurationStore(database));
            }
        }

        void announce() {
            bus.get().publish(new ServerEvent.ToolsChanged());
        }
    }

    /** Writes JSON on one line to the command's output. */
    private static int noConfiguration(CommandSpec spec, String name) {
        return CommandOutput.fail(spec, "no configuration for tool '" + name + "'");
    }

    /** A subcommand about one tool, named by its parameter. */
    abstract static class OneTool implements Callable<Integer> {
        final Access access;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The tool's name.")
        String name;

        OneTool(Access access) {
            this.access = access;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints every tool's configuration as a JSON array.")
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
            access.withStore(ToolConfigurationStore::all).forEach(c -> all.add(ToolConfigurationJson.toJson(c)));
            CommandOutput.print(spec, Json.write(all));
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Prints one tool's configuration; exits 1 when it has none.")
    static final class GetCommand extends OneTool {

        @Inject
        GetCommand(Access access) {
            super(access);
        }

        @Override
        public Integer call() {
            var found = access.withStore(store -> store.find(name));
            if (found.isEmpty()) {
                return noConfiguration(spec, name);
            }
            CommandOutput.print(spec, Json.write(ToolConfigurationJson.toJson(found.get())));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Changes what is given of one tool's configuration (creating it), then prints it.")
    static final class SetCommand extends OneTool {
        @Option(names = "--enabled", arity = "1", paramLabel = "true|false", description = "Whether clients may see and call it.")
        private Boolean enabled;
        @Option(names = "--scope", paramLabel = "S", description = "A scope callers need (repeatable; replaces the list).")
        private List<String> scopes;
        @Option(names = "--description", paramLabel = "TEXT", description = "The description to show; empty restores the code's.")
        private String description;

        @Inject
        SetCommand(Access access) {
            super(access);
        }

        @Override
        public Integer call() {
            ToolConfigurationJson.checkName(name);
            ToolConfiguration saved = access.withStore(store -> {
                ToolConfiguration current = store.find(name).orElse(ToolConfiguration.defaults(name));
                var changed = new ToolConfiguration(name, enabled == null ? current.enabled() : enabled,
                        scopes == null ? current.requiredScopes() : new LinkedHashSet<>(scopes),
                        description == null ? current.descriptionOverride() : description.isEmpty() ? null : description,
                        current.settings(), Instant.now());
                store.save(changed);
                return changed;
            });
            access.announce();
            CommandOutput.print(spec, Json.write(ToolConfigurationJson.toJson(saved)));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Forgets one tool's configuration; exits 1 when it had none.")
    static final class DeleteCommand extends OneTool {

        @Inject
        DeleteCommand(Access access) {
            super(access);
        }

        @Override
        public Integer call() {
            if (!access.withStore(store -> store.delete(name))) {
                return noConfiguration(spec, name);
            }
            access.announce();
            CommandOutput.print(spec, "mcphex: deleted the configuration of tool '" + name + "'");
            return 0;
        }
    }
}
