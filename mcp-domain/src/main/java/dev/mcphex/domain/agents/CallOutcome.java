package dev.mcphex.domain.agents;

/**
 * What a tool call of an agent came to, as its model reads it.
 *
 * @param text  the result, or why the call failed or was refused
 * @param error whether it failed or was refused
 */
record CallOutcome(String text, boolean error) {
    static CallOutcome ok(String text) {
        return new CallOutcome(text, false);
    }

    static CallOutcome refused(String why) {
        return new CallOutcome(why, true);
    }
}
