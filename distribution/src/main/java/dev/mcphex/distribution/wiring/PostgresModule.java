package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mcphex.adapter.postgres.JdbiAgentDefinitionStore;
import dev.mcphex.adapter.postgres.JdbiAgentRunStore;
import dev.mcphex.adapter.postgres.JdbiConversationLog;
import dev.mcphex.adapter.postgres.JdbiSessionStore;
import dev.mcphex.adapter.postgres.JdbiTaskStore;
import dev.mcphex.adapter.postgres.JdbiToolConfigurationStore;
import dev.mcphex.adapter.postgres.PostgresDatabase;
import dev.mcphex.adapter.postgres.PostgresHealthCheck;
import dev.mcphex.adapter.postgres.PostgresSettings;
import dev.mcphex.distribution.config.DatabaseConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.domain.access.CachedToolConfigurationStore;
import dev.mcphex.domain.history.BufferedConversationLog;
import dev.mcphex.domain.history.HistoryRecorder;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentRunStore;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL as the durable store, used when {@value DatabaseConfig#MCP_DATABASE_URL} or
 * {@value DatabaseConfig#DATABASE_URL} is set: history is recorded around the engine, and tasks, agent runs
 * and agent definitions are kept there for every instance. Nothing connects
 * until something is first asked for.
 */
public final class PostgresModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresModule.class);
    private static final Duration SESSION_IDLE_TIMEOUT = Duration.ofHours(1);
    /** How old the cached tool configuration may get when no bus announces a change (see CachedToolConfigurationStore). */
    private static final Duration TOOL_CONFIGURATION_MAX_AGE = Duration.ofSeconds(1);

    /** History is what tool packs (the history pack) may read as the conversation log. */
    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ConversationLog.class).setBinding().to(BufferedConversationLog.class);
    }

    @Provides
    @Singleton
    PostgresSettings settings(Environment environment) {
        return settingsFrom(environment);
    }

    /**
     * The database settings the environment names.
     *
     * @throws InvalidConfigurationException when no database is named or its URL is unusable
     */
    public static PostgresSettings settingsFrom(Environment environment) {
        String url = DatabaseConfig.url(environment).orElseThrow(() -> new InvalidConfigurationException(
                DatabaseConfig.MCP_DATABASE_URL + " or " + DatabaseConfig.DATABASE_URL + " must be set"));
        try {
            return PostgresSettings.parse(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(DatabaseConfig.MCP_DATABASE_URL + ": " + e.getMessage());
        }
    }

    @Provides
    @Singleton
    PostgresDatabase database(PostgresSettings settings) {
        return new PostgresDatabase(settings);
    }

    @Provides
    @Singleton
    BufferedConversationLog history(PostgresDatabase database) {
        return new BufferedConversationLog(new JdbiConversationLog(database), BufferedConversationLog.Settings.defaults());
    }

    @Provides
    @Singleton
    ToolConfigurationStore toolConfiguration(PostgresDatabase database, NotificationBus bus) {
        return new CachedToolConfigurationStore(new JdbiToolConfigurationStore(database), bus, Clock.systemUTC(),
                TOOL_CONFIGURATION_MAX_AGE);
    }

    @Provides
    @Singleton
    SessionStore sessions(PostgresDatabase database) {
        return new JdbiSessionStore(database, Clock.systemUTC(), SESSION_IDLE_TIMEOUT);
    }

    @Provides
    @Singleton
    TaskStore tasks(PostgresDatabase database) {
        return new JdbiTaskStore(database, Clock.systemUTC());
    }

    @Provides
    @Singleton
    AgentRunStore agentRuns(PostgresDatabase database) {
        return new JdbiAgentRunStore(database);
    }

    @Provides
    @Singleton
    AgentDefinitionStore agentDefinitions(PostgresDatabase database) {
        return new JdbiAgentDefinitionStore(database, Clock.systemUTC());
    }

    @Provides
    @Singleton
    PostgresHealthCheck health(PostgresDatabase database) {
        return new PostgresHealthCheck(database, Duration.ofSeconds(2));
    }

    @Provides
    @Singleton
    Persistence persistence(BufferedConversationLog history, PostgresDatabase database, PostgresHealthCheck health) {
        migrateAtStart(database);
        return new Persistence(server -> new HistoryRecorder(server, history, Clock.systemUTC()),
                List.of(history, database), List.of(health, history));
    }

    /**
     * Brings the schema up to date when the server starts. An unreachable database does not stop the
     * server: history is buffered, {@code /health} says so, and {@code mcphex migrate} can be run later.
     */
    private static void migrateAtStart(PostgresDatabase database) {
        try {
            int applied = database.migrate();
            LOG.info("Database schema up to date ({} migration(s) applied)", applied);
        } catch (RuntimeException e) {
            LOG.error("Could not migrate the database at start; history is buffered until it is reachable: {}",
                    e.getMessage());
        }
    }
}
