package com.example.pack;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** An example pack with one tool, {@code count_words}, that counts the words of a text. */
public final class WordCountToolPack implements ToolPack {

    @Override
    public String name() {
        return "wordcount";
    }

    @Override
    public List<Tool> tools() {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties").putObject("text").put("type", "string");
        schema.putArray("required").add("text");
        return List.of(new Tool(ToolDefinition.of("count_words", "Counts the words of a text", schema),
                WordCountToolPack::count));
    }

    static ToolResult count(ToolCall call, McpContext context) {
        String text = call.string("text");
        if (text == null) {
            throw new ToolExecutionException("Give the text to count as 'text'");
        }
        String stripped = text.strip();
        int words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        return ToolResult.structured(Json.object().put("words", words));
    }
}
