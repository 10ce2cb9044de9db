package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.mcphex.adapter.javalin.auth.DevelopmentTokens;
import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.distribution.config.AuthConfig;
import dev.mcphex.distribution.config.Durations;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mcphex token}: mints a development HS256 token that this configuration's server accepts. */
@Command(name = "token",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Prints a development bearer token (HS256) signed with MCP_JWT_SECRET",
                "(or MCP_ENHANCED_JWT_SECRET), for the configured issuer and resource."})
final class TokenCommand implements Callable<Integer> {
    private final Provider<AuthConfig> auth;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--subject", required = true, description = "The token's subject (sub).")
    private String subject;

    @Option(names = "--scope", description = "A scope to grant; repeat for more.")
    private List<String> scopes = List.of();

    @Option(names = "--ttl", defaultValue = "1h", description = "How long the token is valid: 30m, 1h, 7d (${DEFAULT-VALUE}).")
    private String ttl;

    @Inject
    TokenCommand(Provider<AuthConfig> auth) {
        this.auth = auth;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Integer call() {
        var options = auth.get().options().filter(o -> o.keys() instanceof KeySource.Hmac)
                .orElseThrow(() -> new InvalidConfigurationException("set " + AuthConfig.SECRET
                        + " to mint development tokens"));
        String token = DevelopmentTokens.mint(options, subject, new LinkedHashSet<>(scopes), Durations.parse(ttl),
                clock.instant());
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
