package dev.mcphex.ports.agents;

/** How one step of a run ended. */
public enum AgentStepStatus {
    OK, ERROR, CANCELLED
}
