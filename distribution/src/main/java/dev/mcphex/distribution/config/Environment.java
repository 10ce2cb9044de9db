package dev.mcphex.distribution.config;

import java.util.Map;
import java.util.Optional;

/** Where configuration comes from: the process environment in production, a map in tests. */
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
}
