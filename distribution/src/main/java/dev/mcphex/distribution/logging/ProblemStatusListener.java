package dev.mcphex.distribution.logging;

import ch.qos.logback.core.status.OnErrorConsoleStatusListener;
import ch.qos.logback.core.status.Status;

/**
 * Reports logback's own warnings and errors on standard error and keeps quiet otherwise. Registering a
 * status listener also stops logback from printing its problems on standard output, which in stdio
 * mode belongs to the protocol.
 */
public final class ProblemStatusListener extends OnErrorConsoleStatusListener {

    public ProblemStatusListener() {
        setRetrospective(0);
    }

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            super.addStatusEvent(status);
        }
    }
}
