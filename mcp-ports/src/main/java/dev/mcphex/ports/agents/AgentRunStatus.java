package dev.mcphex.ports.agents;

/** Where a run stands. Every status but {@link #RUNNING} is final. */
public enum AgentRunStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED;

    public boolean terminal() {
        return this != RUNNING;
    }
}
