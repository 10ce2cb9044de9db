package dev.mcphex.distribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.auth.TokenVerifier;
import dev.mcphex.distribution.config.AuthConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.HttpConfig;
import dev.mcphex.distribution.wiring.CompositionRoot;
import dev.mcphex.distribution.wiring.ToolPackModule;
import dev.mcphex.ports.spi.Principal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AuthCliTest {
    private static final String SECRET = "the-original-deployment-secret-32+bytes";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = Cli.create(CompositionRoot.injector(Environment.of(environment),
                        ToolPackModule.of(List.of())))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void token_mintsATokenTheServerAcceptsWithTheOriginalDeploymentSettings() throws Exception {
        Map<String, String> env = Map.of("MCP_ENHANCED_JWT_SECRET", SECRET, "MCP_ENHANCED_JWT_KID", "k-2024");

        assertThat(run(env, "token", "--subject", "alice", "--scope", "tools:read", "--scope", "admin", "--ttl", "5m"))
                .as(err.toString()).isZero();

        var config = AuthConfig.from(Environment.of(env), HttpConfig.from(Environment.of(env)));
        Principal principal = new TokenVerifier(config.options().orElseThrow()).verify(out.toString().strip());
        assertThat(principal).isEqualTo(new Principal("alice", Set.of("tools:read", "admin")));
    }

    @Test
    void token_withoutASecret_failsNamingTheSetting() {
        assertThat(run(Map.of(), "token", "--subject", "alice")).isEqualTo(1);

        assertThat(err.toString()).contains("MCP_JWT_SECRET");
    }

    @Test
    void serve_onANonLoopbackAddressWithoutAuth_failsAtStartNamingTheSetting() {
        assertThat(run(Map.of("MCP_HTTP_HOST", "0.0.0.0", "MCP_PORT", "0"), "serve")).isEqualTo(1);

        assertThat(err.toString()).contains("MCP_HTTP_HOST=0.0.0.0", "MCP_JWT_SECRET", "MCP_ALLOW_UNAUTHENTICATED=true");
    }

    @Test
    void resourceServer_isOffOnLoopbackOrWhenExplicitlyAllowed_andOnWithASecret() {
        assertThat(resourceServer(Map.of()).enabled()).isFalse();
        assertThat(resourceServer(Map.of("MCP_HTTP_HOST", "0.0.0.0", "MCP_ALLOW_UNAUTHENTICATED", "true")).enabled())
                .isFalse();
        assertThat(resourceServer(Map.of("MCP_HTTP_HOST", "0.0.0.0", "MCP_JWT_SECRET", SECRET)).enabled()).isTrue();
    }

    private static ResourceServer resourceServer(Map<String, String> env) {
        return CompositionRoot.injector(Environment.of(env), ToolPackModule.of(List.of()))
                .getInstance(ResourceServer.class);
    }
}
