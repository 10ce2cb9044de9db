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

class AgentsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.create(CompositionRoot.injector(Environment.of(Map.of()), ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void noDatabaseConfigured_failsNamingTheVariables() {
        assertThat(run("agents", "list")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "mcphex: stored agent definitions live in PostgreSQL: set MCP_DATABASE_URL or DATABASE_URL");
    }

    @Test
    void help_namesTheSubcommandsAndTheExitCodes() {
        assertThat(run("agents", "--help")).isZero();
        assertThat(out.toString()).contains("list", "show", "put", "delete", "Exit codes:", "no such agent");
    }

    @Test
    void aMissingArgument_isAUsageError() {
        assertThat(run("agents", "show")).isEqualTo(2);
        assertThat(err.toString()).contains("NAME");
    }
}
