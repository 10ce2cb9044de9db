package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.Release;
import dev.mcphex.distribution.config.ServerConfig;
import dev.mcphex.distribution.config.SessionConfig;
import dev.mcphex.distribution.config.ToolPacksConfig;
import java.util.Objects;

/** Configuration: the environment it is read from, the release, and the values derived from them. */
public final class ConfigModule extends AbstractModule {
    private final Environment environment;

    public ConfigModule(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ProcessStreams.class);
    }

    @Provides
    Environment environment() {
        return environment;
    }

    @Provides
    @Singleton
    Release release() {
        return Release.current();
    }

    @Provides
    @Singleton
    SessionConfig sessionConfig(Environment env) {
        return SessionConfig.from(env);
    }

    @Provides
    @Singleton
    ToolPacksConfig toolPacksConfig(Environment env) {
        return ToolPacksConfig.from(env);
    }

    @Provides
    @Singleton
    ServerConfig serverConfig(Environment env, Release release) {
        return ServerConfig.from(env, release);
    }
}
