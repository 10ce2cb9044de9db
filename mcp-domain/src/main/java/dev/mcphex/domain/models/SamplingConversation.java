package dev.mcphex.domain.models;

import dev.mcphex.ports.model.ModelMessage;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelTool;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a model conversation into sampling messages. With tools, tool calls become {@code tool_use}
 * blocks of the assistant's message and consecutive tool outcomes one user message of
 * {@code tool_result} blocks, as the specification's balance rule asks; without tools, both are told
 * as text.
 */
final class SamplingConversation {
    private SamplingConversation() {
    }

    static SamplingRequest toSampling(ModelRequest request, boolean withTools) {
        List<ToolDefinition> tools = withTools ? request.tools().stream().map(SamplingConversation::tool).toList()
                : List.of();
        return new SamplingRequest(messages(request.messages(), withTools), request.maxTokens(), request.system(),
                request.temperature(), null, request.modelPreferences(), tools, null);
    }

    private static ToolDefinition tool(ModelTool tool) {
        String description = tool.description().isBlank() ? tool.name() : tool.description();
        return ToolDefinition.of(tool.name(), description, tool.inputSchema());
    }

    static List<SamplingMessage> messages(List<ModelMessage> conversation, boolean withTools) {
        List<SamplingMessage> messages = new ArrayList<>();
        List<Content> pendingResults = new ArrayList<>();
        for (ModelMessage message : conversation) {
            if (withTools && message instanceof ModelMessage.ToolOutcome outcome) {
                pendingResults.add(ToolResultContent.text(outcome.callId(), outcome.text(), outcome.isError()));
                continue;
            }
            if (!pendingResults.isEmpty()) {
                messages.add(new SamplingMessage(Role.USER, pendingResults));
                pendingResults = new ArrayList<>();
            }
            messages.add(switch (message) {
                case ModelMessage.User user -> SamplingMessage.user(user.text());
                case ModelMessage.Assistant assistant -> assistant(assistant, withTools);
                case ModelMessage.ToolOutcome outcome -> SamplingMessage.user(outcomeAsText(outcome));
            });
        }
        if (!pendingResults.isEmpty()) {
            messages.add(new SamplingMessage(Role.USER, pendingResults));
        }
        return messages;
    }

    private static SamplingMessage assistant(ModelMessage.Assistant assistant, boolean withTools) {
        List<Content> blocks = new ArrayList<>();
        if (!assistant.text().isEmpty() || assistant.toolCalls().isEmpty()) {
            blocks.add(Content.text(assistant.text()));
        }
        for (ModelToolCall call : assistant.toolCalls()) {
            blocks.add(withTools ? new ToolUseContent(call.id(), call.name(), call.arguments())
                    : Content.text("[called tool " + call.name() + " with " + call.arguments() + "]"));
        }
        return new SamplingMessage(Role.ASSISTANT, blocks);
    }

    private static String outcomeAsText(ModelMessage.ToolOutcome outcome) {
        return "[tool " + outcome.tool() + (outcome.isError() ? " failed: " : " returned: ") + outcome.text() + "]";
    }
}
