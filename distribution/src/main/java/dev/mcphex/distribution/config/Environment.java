package dev.mcphex.distribution.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where configuration comes from: the process environment over an optional configuration file over the
 * defaults in production, a map in tests. Every reader of configuration takes one of these, so layering
 * sources changes none of them.
 */
@FunctionalInterface
public interface Environment {

    /** The value of a variable, or empty when it is unset. */
    Optional<String> get(String name);

    /** The environment of this process. */
    static Environment system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    /** An environment holding exactly these variables. */
    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** An environment holding no variable. */
    static Environment empty() {
        return name -> Optional.empty();
    }

    /** The first layer that sets a variable wins: {@code layered(process, file)} lets the process override the file. */
    static Environment layered(Environment... layers) {
        List<Environment> copy = List.of(layers);
        return name -> copy.stream().map(layer -> layer.get(name)).flatMap(Optional::stream).findFirst();
    }
}
