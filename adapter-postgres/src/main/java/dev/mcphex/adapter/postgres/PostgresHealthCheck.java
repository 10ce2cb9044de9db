package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Reports {@code postgresql} as UP when {@code select 1} answers within a short timeout, DOWN otherwise. */
public final class PostgresHealthCheck implements HealthCheck {
    private final PostgresDatabase database;
    private final Duration timeout;

    public PostgresHealthCheck(PostgresDatabase database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public String component() {
        return "postgresql";
    }

    @Override
    public Health check() {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.execute("select 1");
            return Health.up();
        } catch (SQLException e) {
            return new Health(Health.Status.DOWN, database.settings().safeUrl() + ": "
                    + PostgresDatabase.rootMessage(e));
        }
    }
}
