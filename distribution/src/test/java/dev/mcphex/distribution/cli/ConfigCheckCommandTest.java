package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.distribution.config.ConfigFile;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(Environment environment, String... more) {
        CommandLine cli = Cli.create(CompositionRoot.injector(environment, ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] args = new String[more.length + 2];
        args[0] = "config";
        args[1] = "check";
        System.arraycopy(more, 0, args, 2, more.length);
        return cli.execute(args);
    }

    @Test
    void check_printsEveryEffectiveSettingWithDefaultsMarked() {
        assertThat(check(Environment.of(Map.of("MCP_PORT", "9000")))).isZero();

        assertThat(out.toString()).contains("MCP_PORT=9000", "MCP_SERVER_NAME=  # default: mcp-server",
                "LOG_LEVEL=  # default: INFO");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void check_masksSecretsAndPasswordsInsideUrls() {
        assertThat(check(Environment.of(Map.of("MCP_PROXY_TOKEN", "t0ps3cret",
                "DATABASE_URL", "postgresql://mcp:hunter2@db:5432/mcp", "REDIS_URL", "redis://:s3cr3t@cache:6379")))).isZero();

        assertThat(out.toString()).contains("MCP_PROXY_TOKEN=****", "DATABASE_URL=postgresql://mcp:****@db:5432/mcp",
                "REDIS_URL=redis://:****@cache:6379").doesNotContain("t0ps3cret", "hunter2", "s3cr3t");
    }

    @Test
    void check_masksTheOpenAiKey() {
        assertThat(check(Environment.of(Map.of("MCP_OPENAI_MODEL", "gpt-4o-mini",
                "MCP_OPENAI_API_KEY", "sk-live-abc123")))).isZero();

        assertThat(out.toString()).contains("MCP_OPENAI_MODEL=gpt-4o-mini", "MCP_OPENAI_API_KEY=****")
                .doesNotContain("sk-live-abc123");
    }

    @Test
    void check_onAnInvalidValue_exitsOneNamingEachSetting() {
        int exit = check(Environment.of(Map.of("MCP_PORT", "eighty", "LOG_FORMAT", "xml", "REDIS_URL", "http://x")));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("MCP_PORT must be a port number", "LOG_FORMAT must be json or text",
                "REDIS_URL must start with");
    }

    @Test
    void check_acceptsTheConfigOptionThatMainReads() {
        assertThat(check(Environment.empty(), "--config", "ignored-here.properties")).isZero();
    }

    @Test
    void theEnvironment_winsOverTheConfigFile_whichWinsOverDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mcphex.properties");
        Files.writeString(file, "MCP_PORT=9100\nMCP_SERVER_NAME=from-file\nLOG_LEVEL=DEBUG\n");
        Environment process = Environment.of(Map.of("MCP_SERVER_NAME", "from-env"));

        assertThat(check(ConfigFile.layered(process, Optional.of(file)))).isZero();

        assertThat(out.toString()).contains("MCP_PORT=9100", "MCP_SERVER_NAME=from-env", "LOG_LEVEL=DEBUG",
                "MCP_HTTP_PATH=  # default: /mcp");
    }

    @Test
    void theConfigFileVariable_namesTheFileWhenNoOptionDoes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mcphex.properties");
        Files.writeString(file, "MCP_HTTP_PATH=/rpc\n");

        Environment layered = ConfigFile.layered(Environment.of(Map.of("MCP_CONFIG_FILE", file.toString())), Optional.empty());

        assertThat(layered.get("MCP_HTTP_PATH")).contains("/rpc");
    }

    @Test
    void anUnreadableConfigFile_failsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.properties");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigFile.layered(Environment.empty(), Optional.of(missing)))
                .hasMessageContaining("missing.properties").hasMessageContaining("MCP_CONFIG_FILE");
    }

    @Test
    void launchOptions_findTheConfigFileBeforeOrAfterTheCommand() {
        assertThat(LaunchOptions.scan(new String[] {"--config", "a.properties", "serve"}))
                .isEqualTo(new LaunchOptions(Optional.of(Path.of("a.properties")), "serve"));
        assertThat(LaunchOptions.scan(new String[] {"stdio", "--config=b.properties"}))
                .isEqualTo(new LaunchOptions(Optional.of(Path.of("b.properties")), "stdio"));
        assertThat(LaunchOptions.scan(new String[] {"serve"}).defaultLogFormat()).isEqualTo("json");
        assertThat(LaunchOptions.scan(new String[] {"stdio"}).defaultLogFormat()).isEqualTo("text");
    }

    @Test
    void check_coversSessionAndAuthSettings_andMasksTheJwtSecret() {
        assertThat(check(Environment.of(Map.of("MCP_SESSION_IDLE_TIMEOUT", "soon")))).isEqualTo(1);
        assertThat(err.toString()).contains("MCP_SESSION_IDLE_TIMEOUT");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(check(Environment.of(Map.of("MCP_JWT_SECRET", "a-development-secret-of-32-bytes!!")))).isZero();
        assertThat(out.toString()).contains("MCP_JWT_SECRET=****").doesNotContain("a-development-secret");
    }
}
