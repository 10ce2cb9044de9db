package dev.mcphex.domain.agents;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a run shares a task among agents. */
public enum AgentStrategy {
    /** A pipeline: the first agent gets the task, each next one the previous one's answer; the last answers. */
    SEQUENTIAL,
    /**
     * A fan-out: every agent gets the task at once, each on its own virtual thread; a merger agent combines
     * their answers, or, without one, they are concatenated under the agents' names in the order given.
     */
    PARALLEL,
    /** A lead agent hands sub-tasks to worker agents with a {@code delegate} tool and answers from their answers. */
    SUPERVISOR;

    /** The name clients use. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the strategies there are
     */
    public static AgentStrategy parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown strategy '" + value + "'; use one of "
                        + Arrays.stream(values()).map(AgentStrategy::wire).collect(Collectors.joining(", "))));
    }
}
