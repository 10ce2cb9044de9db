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

class ToolConfigCommandTest {

    @Test
    void noDatabaseConfigured_failsNamingTheVariables() {
        StringWriter err = new StringWriter();
        int code = Cli.create(CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(new StringWriter(), true)).setErr(new PrintWriter(err, true))
                .execute("tool-config", "list");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "mcphex: tool configuration lives in PostgreSQL: set MCP_DATABASE_URL or DATABASE_URL");
    }
}
