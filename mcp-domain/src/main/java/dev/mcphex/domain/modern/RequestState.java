package dev.mcphex.domain.modern;

import java.util.Map;

/**
 * What a multi round-trip request carries from one round to the next, sealed inside
 * {@code requestState}: the answers gathered so far, bound to the method, target and caller.
 *
 * @param method    the request's method
 * @param target    the tool or prompt name, or resource URI
 * @param subject   the caller's subject
 * @param round     1 for the state minted after the first round, increasing
 * @param expiresAt epoch milliseconds after which the state is rejected
 * @param nonce     random, so that every state differs
 * @param answers   answers by input key, as the client sent them
 */
public record RequestState(String method, String target, String subject, int round, long expiresAt, String nonce,
                           Map<String, tools.jackson.databind.JsonNode> answers) {
    public RequestState {
        answers = Map.copyOf(answers);
    }
}
