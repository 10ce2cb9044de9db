package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.ToolConfiguration;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.jsonrpc.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Operators' tool configuration in the {@code tool_configuration} table. */
public final class JdbiToolConfigurationStore implements ToolConfigurationStore {
    private final PostgresDatabase database;

    public JdbiToolConfigurationStore(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ToolConfiguration> find(String tool) {
        return database.withHandle("tool configuration read", handle -> handle
                .createQuery("select * from tool_configuration where tool = :tool").bind("tool", tool)
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<ToolConfiguration> all() {
        return database.withHandle("tool configuration read", handle -> handle
                .createQuery("select * from tool_configuration order by tool collate \"C\"")
                .map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public void save(ToolConfiguration c) {
        database.withHandle("tool configuration write", handle -> handle.createUpdate("""
                        insert into tool_configuration (tool, enabled, required_scopes, description_override, settings,
                                                        updated_at)
                        values (:tool, :enabled, :scopes, :description, cast(:settings as jsonb), :updatedAt)
                        on conflict (tool) do update set enabled = excluded.enabled,
                            required_scopes = excluded.required_scopes,
                            description_override = excluded.description_override,
                            settings = excluded.settings, updated_at = excluded.updated_at""")
                .bind("tool", c.tool()).bind("enabled", c.enabled())
                .bind("scopes", c.requiredScopes().toArray(new String[0]))
                .bind("description", c.descriptionOverride()).bind("settings", Json.write(c.settings()))
                .bind("updatedAt", OffsetDateTime.ofInstant(c.updatedAt(), ZoneOffset.UTC))
                .execute());
    }

    @Override
    public boolean delete(String tool) {
        return database.withHandle("tool configuration delete", handle -> handle
                .createUpdate("delete from tool_configuration where tool = :tool").bind("tool", tool).execute()) > 0;
    }

    private static ToolConfiguration read(ResultSet rs) throws SQLException {
        String[] scopes = (String[]) rs.getArray("required_scopes").getArray();
        return new ToolConfiguration(rs.getString("tool"), rs.getBoolean("enabled"), Set.of(scopes),
                rs.getString("description_override"), (ObjectNode) Json.parse(rs.getString("settings")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
