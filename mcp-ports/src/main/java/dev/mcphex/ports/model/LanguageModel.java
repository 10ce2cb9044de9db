package dev.mcphex.ports.model;

import dev.mcphex.ports.spi.McpContext;

/**
 * A model that continues a conversation: it answers with text, asks for tool calls, or both. One call
 * is one model turn; the caller runs the tools and calls again with their results.
 * Implementations are thread-safe.
 */
public interface LanguageModel {

    /** A short name for logs and transcripts, such as {@code sampling} or {@code openai:gpt-4o-mini}. */
    String name();

    /**
     * Runs one model turn.
     *
     * @param request the conversation and the tools the model may ask for
     * @param caller  the request on whose behalf the model runs; a model that asks the client (sampling)
     *                asks through it, others may ignore it
     * @return the model's reply
     * @throws LanguageModelException when the model cannot answer; its message says why
     */
    ModelReply complete(ModelRequest request, McpContext caller);
}
