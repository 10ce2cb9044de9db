package dev.mcphex.archunit.bad;

import dev.mcphex.domain.Mcphex;
import java.util.logging.Logger;

/** Breaks every extension rule on purpose: the rules' test proves each of them notices. */
public final class LeakyPack {
    private static final Logger LOG = Logger.getLogger(LeakyPack.class.getName());

    /** Builds the engine itself, prints on standard output, logs through java.util.logging. */
    public String describe() {
        System.out.println("building " + Mcphex.class.getSimpleName());
        LOG.info("described");
        return Mcphex.server("leaky", "1").build().serverInfo().name();
    }

    /** Fails with a generic exception. */
    public void fail() {
        throw new RuntimeException("something");
    }
}
