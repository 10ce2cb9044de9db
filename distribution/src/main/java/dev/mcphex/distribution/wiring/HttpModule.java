package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.adapter.javalin.HttpOptions;
import dev.mcphex.adapter.javalin.ops.HttpMetrics;
import dev.mcphex.adapter.javalin.ops.OperationsEndpoints;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.HttpConfig;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.ports.driven.EventLog;
import dev.mcphex.ports.driven.HealthCheck;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The HTTP transport and the operations endpoints beside it. */
public final class HttpModule extends AbstractModule {

    @Provides
    @Singleton
    HttpConfig httpConfig(Environment environment) {
        return HttpConfig.from(environment);
    }

    @Provides
    @Singleton
    HttpOptions httpOptions(HttpConfig config) {
        Set<String> hosts = new HashSet<>(HttpOptions.LOCALHOST_NAMES);
        hosts.addAll(config.allowedHosts());
        return HttpOptions.defaults().withHost(config.host()).withPort(config.port()).withPath(config.path())
                .withAllowedHosts(hosts).withCorsOrigins(config.corsOrigins());
    }

    @Provides
    @Singleton
    EventLog eventLog(Stores stores) {
        return stores.events();
    }

    @Provides
    @Singleton
    HttpMetrics metrics(McpEngine engine) {
        return new HttpMetrics(engine);
    }

    @Provides
    @Singleton
    OperationsEndpoints operations(McpEngine engine, HttpMetrics metrics, Stores stores, Persistence persistence) {
        List<HealthCheck> checks = new java.util.ArrayList<>(stores.healthChecks());
        checks.addAll(persistence.healthChecks());
        return new OperationsEndpoints(engine, checks, metrics, Clock.systemUTC(), Clock.systemUTC().instant());
    }
}
