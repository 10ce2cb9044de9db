package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.SessionRecord;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.ProtocolVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legacy sessions in the {@code sessions} table. Each save and each {@link #find} pushes the session's
 * expiry to now plus the idle timeout (sliding expiry); expired rows are ignored and purged lazily.
 */
public final class JdbiSessionStore implements SessionStore {
    private final PostgresDatabase database;
    private final Clock clock;
    private final Duration idleTimeout;

    public JdbiSessionStore(PostgresDatabase database, Clock clock, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        this.database = database;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void save(SessionRecord s) {
        ObjectNode info = Json.object().put("name", s.clientInfo().name()).put("version", s.clientInfo().version());
        if (s.clientInfo().title() != null) {
            info.put("title", s.clientInfo().title());
        }
        database.withHandle("session write", handle -> handle.createUpdate("""
                        insert into sessions (id, protocol_version, client_info, client_capabilities, owner, log_level,
                                              subscriptions, initialized, created_at, expires_at)
                        values (:id, :version, cast(:info as jsonb), cast(:capabilities as jsonb), :owner, :level,
                                :subscriptions, :initialized, :createdAt, :expiresAt)
                        on conflict (id) do update set protocol_version = excluded.protocol_version,
                            client_info = excluded.client_info, client_capabilities = excluded.client_capabilities,
                            owner = excluded.owner, log_level = excluded.log_level,
                            subscriptions = excluded.subscriptions, initialized = excluded.initialized,
                            created_at = excluded.created_at, expires_at = excluded.expires_at""")
                .bind("id", s.id()).bind("version", s.protocolVersion().name()).bind("info", Json.write(info))
                .bind("capabilities", Json.write(s.clientCapabilities().raw())).bind("owner", s.owner())
                .bind("level", s.logLevel().name()).bind("subscriptions", s.subscriptions().toArray(new String[0]))
                .bind("initialized", s.initialized()).bind("createdAt", utc(s.createdAt()))
                .bind("expiresAt", utc(clock.instant().plus(idleTimeout)))
                .execute());
    }

    @Override
    public Optional<SessionRecord> find(String id) {
        Instant now = clock.instant();
        return database.withHandle("session read", handle -> handle.createQuery("""
                        update sessions set expires_at = :expiresAt where id = :id and expires_at > :now
                        returning *""")
                .bind("id", id).bind("now", utc(now)).bind("expiresAt", utc(now.plus(idleTimeout)))
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public boolean delete(String id) {
        return database.withHandle("session delete", handle -> handle
                .createUpdate("delete from sessions where id = :id and expires_at > :now")
                .bind("id", id).bind("now", utc(clock.instant())).execute()) > 0;
    }

    @Override
    public long count() {
        OffsetDateTime now = utc(clock.instant());
        return database.inTransaction("session count", handle -> {
            handle.createUpdate("delete from sessions where expires_at <= :now").bind("now", now).execute();
            return handle.createQuery("select count(*) from sessions").mapTo(Long.class).one();
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static SessionRecord read(ResultSet rs) throws SQLException {
        JsonNode info = Json.parse(rs.getString("client_info"));
        var clientInfo = new Implementation(info.path("name").asString(), info.path("version").asString(),
                info.path("title").asString(null));
        String[] subscriptions = (String[]) rs.getArray("subscriptions").getArray();
        return new SessionRecord(rs.getString("id"), ProtocolVersion.valueOf(rs.getString("protocol_version")),
                clientInfo, ClientCapabilities.of(Json.parse(rs.getString("client_capabilities"))),
                rs.getString("owner"), LogLevel.valueOf(rs.getString("log_level")), Set.of(subscriptions),
                rs.getBoolean("initialized"), rs.getTimestamp("created_at").toInstant());
    }
}
