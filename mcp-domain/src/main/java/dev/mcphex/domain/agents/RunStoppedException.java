package dev.mcphex.domain.agents;

import dev.mcphex.ports.agents.AgentRunStatus;

/** A run was stopped: cancelled by its caller, or failed (an exhausted budget, a model that could not answer). */
final class RunStoppedException extends RuntimeException {
    private final AgentRunStatus status;

    RunStoppedException(AgentRunStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    AgentRunStatus status() {
        return status;
    }
}
