package dev.mcphex.adapter.openai.internal;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The message of an error response: {@code error.message} as OpenAI sends it, a bare {@code error} or
 * {@code message} string as some compatible servers do, or else the start of the body.
 */
public final class ProviderError {
    private ProviderError() {
    }

    public static String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        JsonNode root;
        try {
            root = Json.parse(body);
        } catch (JacksonException e) {
            return ChatCompletionsReply.abbreviate(body.strip());
        }
        JsonNode error = root.path("error");
        if (error.path("message").isString()) {
            return error.get("message").stringValue();
        }
        if (error.isString()) {
            return error.stringValue();
        }
        if (root.path("message").isString()) {
            return root.get("message").stringValue();
        }
        return ChatCompletionsReply.abbreviate(body.strip());
    }
}
