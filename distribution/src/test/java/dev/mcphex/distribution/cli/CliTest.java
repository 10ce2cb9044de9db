package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.Release;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.EchoToolPack;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, ToolPackModule packs, String... args) {
        CommandLine cli = Cli.create(CompositionRoot.injector(Environment.of(environment), packs))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), ToolPackModule.of(List.of()), args);
    }

    private static String versionLine() {
        return "mcphex " + Release.current().version();
    }

    @Test
    void version_printsNameAndVersion() {
        assertThat(run("version")).isZero();

        assertThat(out.toString()).isEqualTo(versionLine() + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionOption_worksOnEveryCommand() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"stdio", "-V"},
                new String[] {"tools", "--version"}, new String[] {"version", "-V"})) {
            out.getBuffer().setLength(0);

            assertThat(run(args)).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).isEqualTo(versionLine() + System.lineSeparator());
        }
    }

    @Test
    void help_listsTheCommands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("Usage: mcphex", "stdio", "version", "tools", "Exit codes:");
    }

    @Test
    void helpOption_worksOnEveryCommand() {
        for (String command : List.of("stdio", "version", "tools")) {
            out.getBuffer().setLength(0);

            assertThat(run(command, "-h")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: mcphex " + command);
        }
    }

    @Test
    void unknownOption_isAUsageError() {
        assertThat(run("version", "--frobnicate")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownCommand_isAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void noCommand_printsUsageAndIsAUsageError() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).contains("Missing required subcommand", "Usage: mcphex");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void tools_onAnEmptyCatalogue_printsNothing() {
        assertThat(run("tools")).isZero();

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void tools_printsOneJsonLinePerTool() {
        assertThat(run(Map.of(), ToolPackModule.of(List.of(new EchoToolPack())), "tools")).isZero();

        assertThat(out.toString()).isEqualTo(
                "{\"name\":\"echo\",\"title\":\"Echo\",\"description\":\"Answers with what it was given\"}"
                        + System.lineSeparator());
    }

    @Test
    void invalidConfiguration_failsWithOneLineNamingTheVariable() {
        int exitCode = run(Map.of("MCP_SERVER_VERSION", " "), ToolPackModule.of(List.of()), "tools");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("mcphex: MCP_SERVER_VERSION must not be blank" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
