package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MigrateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int migrate(Map<String, String> environment) {
        CommandLine cli = Cli.create(CompositionRoot.injector(Environment.of(environment), ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return cli.execute("migrate");
    }

    @Test
    void unreachableDatabase_failsWithOneLineThatHidesThePassword() {
        int code = migrate(Map.of("MCP_DATABASE_URL", "postgresql://mcp:s3cret@127.0.0.1:1/mcp?connectTimeout=1"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("mcphex: cannot migrate mcp@postgresql://127.0.0.1:1/mcp")
                .doesNotContain("s3cret").hasLineCount(1);
    }

    @Test
    void noDatabaseConfigured_failsNamingTheVariables() {
        assertThat(migrate(Map.of())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("mcphex: MCP_DATABASE_URL or DATABASE_URL must be set");
    }
}
