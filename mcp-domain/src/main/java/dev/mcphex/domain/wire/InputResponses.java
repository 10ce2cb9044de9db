package dev.mcphex.domain.wire;

import dev.mcphex.ports.protocol.AudioContent;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.ImageContent;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.RootsRequest;
import dev.mcphex.ports.protocol.RootsResult;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import dev.mcphex.ports.protocol.UrlElicitation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes the client's answers to input requests. Malformed answers decode to empty, so the engine
 * can ask again instead of failing.
 */
public final class InputResponses {
    private InputResponses() {
    }

    /** The answer to {@code request}, if {@code json} is a well-formed one. */
    public static Optional<InputResponse> decode(InputRequest request, JsonNode json) {
        if (!(json instanceof ObjectNode node)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (request) {
                case FormElicitation f -> elicitation(node);
                case UrlElicitation u -> elicitation(node);
                case SamplingRequest s -> sampling(node);
                case RootsRequest r -> roots(node);
            });
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static ElicitationResult elicitation(ObjectNode node) {
        JsonNode action = node.get("action");
        if (action == null || !action.isString()) {
            return null;
        }
        var parsed = ElicitationResult.Action.valueOf(action.stringValue().toUpperCase(Locale.ROOT));
        JsonNode content = node.get("content");
        if (parsed == ElicitationResult.Action.ACCEPT && content != null && !content.isObject()) {
            return null;
        }
        return new ElicitationResult(parsed, content instanceof ObjectNode o ? o : null);
    }

    private static SamplingResult sampling(ObjectNode node) {
        JsonNode content = node.get("content");
        List<Content> blocks = new ArrayList<>();
        if (content != null && content.isArray()) {
            content.forEach(block -> blocks.add(content(block)));
        } else {
            blocks.add(content(content));
        }
        String model = node.path("model").asString("unknown");
        String role = node.path("role").asString("assistant");
        JsonNode stop = node.get("stopReason");
        return new SamplingResult(Role.parse(role), blocks, model, stop == null || stop.isNull() ? null : stop.asString());
    }

    private static Content content(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("missing content");
        }
        return switch (node.path("type").asString("")) {
            case "text" -> new TextContent(node.get("text").stringValue(), null);
            case "image" -> new ImageContent(node.get("data").stringValue(), node.get("mimeType").stringValue(), null);
            case "audio" -> new AudioContent(node.get("data").stringValue(), node.get("mimeType").stringValue(), null);
            case "tool_use" -> new ToolUseContent(node.get("id").stringValue(), node.get("name").stringValue(),
                    (ObjectNode) node.get("input"));
            case "tool_result" -> toolResult(node);
            default -> new TextContent(node.toString(), null);
        };
    }

    private static ToolResultContent toolResult(JsonNode node) {
        List<Content> blocks = new ArrayList<>();
        node.get("content").forEach(block -> blocks.add(content(block)));
        JsonNode structured = node.get("structuredContent");
        return new ToolResultContent(node.get("toolUseId").stringValue(), blocks,
                structured == null || structured.isNull() ? null : structured, node.path("isError").asBoolean(false));
    }

    private static RootsResult roots(ObjectNode node) {
        JsonNode roots = node.get("roots");
        if (roots == null || !roots.isArray()) {
            return null;
        }
        List<Root> list = new ArrayList<>();
        for (JsonNode root : roots) {
            JsonNode uri = root.get("uri");
            if (uri == null || !uri.isString()) {
                return null;
            }
            JsonNode name = root.get("name");
            list.add(new Root(uri.stringValue(), name == null || name.isNull() ? null : name.asString()));
        }
        return new RootsResult(list);
    }
}
