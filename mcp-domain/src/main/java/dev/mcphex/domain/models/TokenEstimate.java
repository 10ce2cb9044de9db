package dev.mcphex.domain.models;

import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import java.util.List;

/**
 * Estimates tokens where the model reports none: one token per four characters of text, rounded up,
 * counting text blocks, tool arguments, tool results and tool definitions. Media blocks count nothing.
 */
final class TokenEstimate {
    private static final int CHARACTERS_PER_TOKEN = 4;

    private TokenEstimate() {
    }

    static long of(SamplingRequest request) {
        long characters = request.systemPrompt() == null ? 0 : request.systemPrompt().length();
        for (SamplingMessage message : request.messages()) {
            characters += characters(message.blocks());
        }
        for (ToolDefinition tool : request.tools()) {
            characters += tool.name().length() + tool.description().length() + tool.inputSchema().toString().length();
        }
        return tokens(characters);
    }

    static long of(SamplingResult result) {
        return tokens(characters(result.blocks()));
    }

    private static long characters(List<Content> blocks) {
        long characters = 0;
        for (Content block : blocks) {
            characters += switch (block) {
                case TextContent text -> text.text().length();
                case ToolUseContent use -> use.name().length() + use.input().toString().length();
                case ToolResultContent result -> characters(result.content());
                default -> 0;
            };
        }
        return characters;
    }

    private static long tokens(long characters) {
        return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }
}
