package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentDefinitionStore;
import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.jsonrpc.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Agent definitions in the {@code agent_definitions} table, seen by every instance on the database. Limits
 * are kept to the millisecond.
 */
public final class JdbiAgentDefinitionStore implements AgentDefinitionStore {
    private final PostgresDatabase database;
    private final Clock clock;

    public JdbiAgentDefinitionStore(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<AgentDefinition> list() {
        return database.withHandle("agent definition read", handle -> handle
                .createQuery("select * from agent_definitions order by name collate \"C\"")
                .map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public Optional<AgentDefinition> find(String name) {
        return database.withHandle("agent definition read", handle -> handle
                .createQuery("select * from agent_definitions where name = :name").bind("name", name)
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public void save(AgentDefinition d) {
        database.withHandle("agent definition write", handle -> handle.createUpdate("""
                        insert into agent_definitions (name, description, instructions, allowed_tools,
                            model_preferences, max_steps, max_tokens, max_duration_millis, updated_at)
                        values (:name, :description, :instructions, :tools, cast(:preferences as jsonb), :steps,
                                :tokens, :duration, :updatedAt)
                        on conflict (name) do update set description = excluded.description,
                            instructions = excluded.instructions, allowed_tools = excluded.allowed_tools,
                            model_preferences = excluded.model_preferences, max_steps = excluded.max_steps,
                            max_tokens = excluded.max_tokens, max_duration_millis = excluded.max_duration_millis,
                            updated_at = excluded.updated_at""")
                .bind("name", d.name()).bind("description", d.description()).bind("instructions", d.instructions())
                .bind("tools", d.allowedTools().toArray(new String[0]))
                .bind("preferences", d.modelPreferences() == null ? null : Json.write(d.modelPreferences()))
                .bind("steps", d.limits().maxSteps()).bind("tokens", d.limits().maxTokens())
                .bind("duration", d.limits().maxDuration().toMillis())
                .bind("updatedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute());
    }

    @Override
    public boolean delete(String name) {
        return database.withHandle("agent definition delete", handle -> handle
                .createUpdate("delete from agent_definitions where name = :name").bind("name", name).execute()) > 0;
    }

    private static AgentDefinition read(ResultSet rs) throws SQLException {
        String preferences = rs.getString("model_preferences");
        return new AgentDefinition(rs.getString("name"), rs.getString("description"), rs.getString("instructions"),
                List.of((String[]) rs.getArray("allowed_tools").getArray()),
                preferences == null ? null : Json.parse(preferences),
                new AgentLimits(rs.getInt("max_steps"), rs.getLong("max_tokens"),
                        Duration.ofMillis(rs.getLong("max_duration_millis"))));
    }
}
