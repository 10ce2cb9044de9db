package dev.mcphex.distribution.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.mcphex.distribution.config.DatabaseConfig;
import dev.mcphex.distribution.config.Environment;
import java.util.ArrayList;
import java.util.List;

/** The one place where the modules of a running mcphex come together. */
public final class CompositionRoot {
    private CompositionRoot() {
    }

    /**
     * The modules of a server configured by {@code environment} that offers {@code packs}; its state
     * lives on Redis when a Redis URL is set, in memory otherwise.
     */
    public static List<Module> modules(Environment environment, ToolPackModule packs) {
        Module stores = RedisModule.url(environment).isPresent() ? new RedisModule() : new InMemoryStoresModule();
        Module persistence = DatabaseConfig.url(environment).isPresent()
                ? new PostgresModule() : new InMemoryPersistenceModule();
        return List.of(new ConfigModule(environment), packs, stores, new EngineModule(), new HttpModule(), persistence,
                new AuthModule(), new AgentsModule());
    }

    /**
     * An injector over {@link #modules} and {@code more} (the process's streams, say). Creating it does no work: the engine is built, and the
     * configuration read, when something first asks for them.
     */
    public static Injector injector(Environment environment, ToolPackModule packs, Module... more) {
        List<Module> all = new ArrayList<>(modules(environment, packs));
        all.addAll(List.of(more));
        return Guice.createInjector(all);
    }
}
