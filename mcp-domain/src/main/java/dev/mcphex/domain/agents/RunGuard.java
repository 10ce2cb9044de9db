package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentLimits;
import dev.mcphex.ports.agents.AgentRunStatus;
import dev.mcphex.ports.model.TokenUsage;
import dev.mcphex.ports.spi.Cancellation;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps one run within its budget and stops it promptly: the first stop (the caller's cancellation, an
 * exhausted budget, a failure) is the one recorded, and every thread working for the run is interrupted,
 * so a model turn or tool call in progress ends too.
 */
final class RunGuard {
    private final AgentLimits limits;
    private final Cancellation caller;
    private final Cancellation stop = new Cancellation();
    private final Set<Thread> workers = new HashSet<>();
    private final AtomicInteger steps = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private TokenUsage used = TokenUsage.NONE;
    private AgentRunStatus status;
    private String reason;

    /**
     * @param limits the run's budget, over all its agents
     * @param caller the cancellation of the request (or task) the run serves
     */
    RunGuard(AgentLimits limits, Cancellation caller) {
        this.limits = limits;
        this.caller = caller;
        caller.onCancel(() -> cancel(caller.reason()));
    }

    AgentLimits limits() {
        return limits;
    }

    /** Stops the run as cancelled. */
    void cancel(String why) {
        stop(AgentRunStatus.CANCELLED, why);
    }

    /** Stops the run as failed. */
    void fail(String why) {
        stop(AgentRunStatus.FAILED, why);
    }

    private void stop(AgentRunStatus newStatus, String why) {
        synchronized (this) {
            if (status != null) {
                return;
            }
            status = newStatus;
            reason = why;
            workers.forEach(Thread::interrupt);
        }
        stop.cancel(why);
    }

    /** A cancellation that follows the run's stop, for work the run hands on (a tool call). */
    Cancellation child() {
        var child = new Cancellation();
        stop.onCancel(() -> child.cancel(stop.reason()));
        return child;
    }

    synchronized boolean stopped() {
        return status != null;
    }

    /** Throws if the run has been stopped. */
    void checkpoint() {
        RunStoppedException stopped = stoppedException();
        if (stopped != null) {
            throw stopped;
        }
    }

    /** The stop as an exception, or {@code null} while the run goes on. */
    synchronized RunStoppedException stoppedException() {
        return status == null ? null : new RunStoppedException(status, reason);
    }

    /** Counts one step against the run's budget. */
    void chargeStep() {
        if (steps.incrementAndGet() > limits.maxSteps()) {
            fail("the run exhausted its step budget (" + limits.maxSteps() + " steps)");
            checkpoint();
        }
    }

    /** Counts a model turn's tokens against the run's budget. */
    void chargeTokens(TokenUsage usage) {
        synchronized (this) {
            used = used.plus(usage);
        }
        if (tokens.addAndGet(usage.total()) > limits.maxTokens()) {
            fail("the run exhausted its token budget (" + limits.maxTokens() + " tokens)");
            checkpoint();
        }
    }

    /** The tokens the run's model turns took so far. */
    synchronized TokenUsage usage() {
        return used;
    }

    /** Tokens the run may still spend. */
    long tokensLeft() {
        return Math.max(0, limits.maxTokens() - tokens.get());
    }

    /**
     * Runs {@code work} on the current thread, interrupted if the run stops meanwhile. Whatever it throws
     * after the run stopped (or its caller cancelled) becomes the stop's {@link RunStoppedException}.
     */
    <T> T guarded(Callable<T> work) throws Exception {
        Thread self = Thread.currentThread();
        synchronized (this) {
            checkpoint();
            workers.add(self);
        }
        try {
            return work.call();
        } catch (RunStoppedException e) {
            throw e;
        } catch (Exception e) {
            if (caller.isCancelled()) {
                cancel(caller.reason());
            }
            RunStoppedException stopped = stoppedException();
            if (stopped != null) {
                throw stopped;
            }
            throw e;
        } finally {
            synchronized (this) {
                workers.remove(self);
            }
            if (stopped()) {
                Thread.interrupted(); // the stop's interrupt is spent; the thread goes on to record it
            }
        }
    }

    /** Fails the run with {@code why} if it is still going after {@code after}; closing the deadline disarms it. */
    AutoCloseable deadline(Duration after, String why) {
        Thread timer = Thread.ofVirtual().name("agent-deadline").start(() -> {
            try {
                Thread.sleep(after);
                fail(why);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // disarmed
            }
        });
        return timer::interrupt;
    }
}
