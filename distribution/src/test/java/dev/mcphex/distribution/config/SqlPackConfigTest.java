package dev.mcphex.distribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.packs.sql.SqlSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlPackConfigTest {

    @Test
    void withoutAUrl_thereIsNothingToQuery() {
        assertThat(SqlPackConfig.from(Environment.empty()).settings()).isEmpty();
    }

    @Test
    void aPostgresqlUrl_becomesJdbcWithCredentialsApartAndTheDefaults() {
        SqlSettings settings = SqlPackConfig.from(Environment.of(Map.of("MCP_SQL_DATABASE_URL",
                "postgresql://reader:s%40cret@db.internal:6543/shop?sslmode=require"))).settings().orElseThrow();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/shop?sslmode=require");
        assertThat(settings.user()).isEqualTo("reader");
        assertThat(settings.password()).isEqualTo("s@cret");
        assertThat(settings.schemas()).containsExactly("public");
        assertThat(settings.maxRows()).isEqualTo(1_000);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.toString()).doesNotContain("s@cret").doesNotContain("s%40cret");
    }

    @Test
    void schemasRowsAndTimeout_areRead() {
        SqlSettings settings = SqlPackConfig.from(Environment.of(Map.of("MCP_SQL_DATABASE_URL",
                "jdbc:postgresql://db/shop", "MCP_SQL_SCHEMAS", "Sales, reporting", "MCP_SQL_MAX_ROWS", "50",
                "MCP_SQL_TIMEOUT_SECONDS", "3"))).settings().orElseThrow();

        assertThat(settings.schemas()).isEqualTo(List.of("sales", "reporting"));
        assertThat(settings.maxRows()).isEqualTo(50);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void unusableValues_areErrorsNamingTheVariable() {
        assertThatThrownBy(() -> SqlPackConfig.from(Environment.of(Map.of("MCP_SQL_MAX_ROWS", "0"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_SQL_MAX_ROWS");
        assertThatThrownBy(() -> SqlPackConfig.from(Environment.of(Map.of("MCP_SQL_DATABASE_URL",
                "mysql://root:pw@db/shop"))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("MCP_SQL_DATABASE_URL")
                .hasMessageNotContaining("pw");
    }

    @Test
    void theContextHandleLifetime_isReadWithADayByDefault() {
        assertThat(ToolPacksConfig.from(Environment.empty()).contextLifetime()).isEqualTo(Duration.ofDays(1));
        assertThat(ToolPacksConfig.from(Environment.of(Map.of("MCP_CONTEXT_MAX_LIFETIME_SECONDS", "60")))
                .contextLifetime()).isEqualTo(Duration.ofMinutes(1));
    }
}
