package dev.mcphex.distribution.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Lets picocli create commands through the injector, so their dependencies arrive through their
 * constructors; what Guice cannot create (picocli's own helpers, collections) picocli creates itself.
 */
final class GuiceFactory implements IFactory {
    private final Injector injector;
    private final IFactory fallback = CommandLine.defaultFactory();

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException notInjectable) {
            return fallback.create(type);
        }
    }
}
