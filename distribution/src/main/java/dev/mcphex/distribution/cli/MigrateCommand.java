package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import dev.mcphex.adapter.postgres.PostgresDatabase;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.wiring.PostgresModule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mcphex migrate}: brings the database schema up to date, then exits. */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersionProvider.class,
        description = {"Brings the PostgreSQL schema named by MCP_DATABASE_URL (or DATABASE_URL) up to date.",
                "Exits 0 when it is, 1 with one line naming the problem otherwise."})
final class MigrateCommand implements Callable<Integer> {
    private final Environment environment;

    @Spec
    private CommandSpec spec;

    @Inject
    MigrateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (PostgresDatabase db = new PostgresDatabase(PostgresModule.settingsFrom(environment))) {
            int applied = db.migrate();
            spec.commandLine().getOut().println("mcphex: " + db.settings().safeUrl() + " is up to date ("
                    + applied + " migration(s) applied)");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
