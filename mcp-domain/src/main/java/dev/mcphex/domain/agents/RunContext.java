package dev.mcphex.domain.agents;

import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.spi.McpContext;

/**
 * What every agent of one run works with.
 *
 * @param caller     the request the run serves: its principal's rights, its cancellation, its way to the client
 * @param model      the model of every turn
 * @param tools      the server's tools, seen through the caller's rights
 * @param guard      the run's budget and stop
 * @param transcript where steps are recorded
 * @param blackboard the notes the agents share
 */
record RunContext(McpContext caller, LanguageModel model, ToolGateway tools, RunGuard guard, Transcript transcript,
                  Blackboard blackboard) {
}
