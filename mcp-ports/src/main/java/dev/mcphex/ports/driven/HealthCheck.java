package dev.mcphex.ports.driven;

/** Reports the health of one dependency, such as {@code postgresql} or {@code redis}; must be quick. */
public interface HealthCheck {

    /** The component's name as health reports show it. */
    String component();

    Health check();
}
