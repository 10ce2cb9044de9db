package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import dev.mcphex.distribution.config.ToolPacksConfig;
import dev.mcphex.distribution.config.SqlPackConfig;
import dev.mcphex.packs.context.ContextToolPack;
import dev.mcphex.packs.history.HistoryToolPack;
import dev.mcphex.packs.http.FetchPolicy;
import dev.mcphex.packs.http.HttpToolPack;
import dev.mcphex.packs.sql.SqlToolPack;
import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.ToolPack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool packs the server switches on: those on the class path (or a given list) and the built-in ones
 * ({@code http}, {@code context}, {@code history}, {@code sql}), as configured; and the
 * {@link PackEnvironment} they get their settings and stores from. The conversation log is there when
 * a module binds one (PostgreSQL does).
 */
public final class ToolPackModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(ToolPackModule.class);
    private final Supplier<List<ToolPack>> packs;

    private ToolPackModule(Supplier<List<ToolPack>> packs) {
        this.packs = packs;
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ConversationLog.class);
    }

    @Provides
    @Singleton
    PackEnvironment packEnvironment(Environment environment, Provider<ContextStore> contextStore,
                                    Optional<Provider<ConversationLog>> conversationLog) {
        return new ServerPackEnvironment(environment, contextStore, conversationLog, Clock.systemUTC());
    }

    /** The packs registered with {@link java.util.ServiceLoader}, looked up when first needed. */
    public static ToolPackModule discovered() {
        return new ToolPackModule(() -> ToolPacks.discover(Thread.currentThread().getContextClassLoader()));
    }

    /** Exactly these packs. */
    public static ToolPackModule of(List<ToolPack> packs) {
        List<ToolPack> copy = List.copyOf(Objects.requireNonNull(packs, "packs"));
        return new ToolPackModule(() -> copy);
    }

    /**
     * The switched-on packs: with {@code MCP_TOOL_PACKS} unset, every found pack; with it set, the found
     * and built-in packs it names, in that order.
     *
     * @throws InvalidConfigurationException if it names a pack that does not exist
     */
    @Provides
    @Singleton
    List<ToolPack> toolPacks(ToolPacksConfig config) {
        List<ToolPack> on = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (ToolPack pack : packs.get()) {
            known.add(pack.name());
            if (config.isOn(pack.name(), true)) {
                on.add(pack);
            }
        }
        known.add(HttpToolPack.NAME);
        if (config.isOn(HttpToolPack.NAME, false)) {
            if (config.fetchHosts().isEmpty()) {
                LOG.warn("The http pack is on but {} is empty: every fetch will be refused", ToolPacksConfig.FETCH_HOSTS);
            }
            on.add(new HttpToolPack(new FetchPolicy(config.fetchHosts(), config.fetchMaxBytes(), config.fetchTimeout())));
        }
        known.addAll(List.of(ContextToolPack.NAME, HistoryToolPack.NAME, SqlToolPack.NAME));
        if (config.isOn(ContextToolPack.NAME, false)) {
            on.add(new ContextToolPack(config.contextLifetime()));
        }
        if (config.isOn(HistoryToolPack.NAME, false)) {
            on.add(new HistoryToolPack());
        }
        if (config.isOn(SqlToolPack.NAME, false)) {
            on.add(new SqlToolPack(config.sql().settings().orElseThrow(() -> new InvalidConfigurationException(
                    "The sql pack is on but " + SqlPackConfig.URL + " is not set"))));
        }
        Set<String> unknown = new LinkedHashSet<>(config.enabled().orElse(Set.of()));
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidConfigurationException(ToolPacksConfig.PACKS + " names unknown pack(s) " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", known));
        }
        return List.copyOf(on);
    }
}
