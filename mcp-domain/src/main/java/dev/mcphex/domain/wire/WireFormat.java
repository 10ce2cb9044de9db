package dev.mcphex.domain.wire;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Annotations;
import dev.mcphex.ports.protocol.AudioContent;
import dev.mcphex.ports.protocol.BlobResourceContents;
import dev.mcphex.ports.protocol.Completion;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.EmbeddedResource;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Icon;
import dev.mcphex.ports.protocol.ImageContent;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceLink;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.protocol.RootsRequest;
import dev.mcphex.ports.protocol.SamplingMessage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResultContent;
import dev.mcphex.ports.protocol.ToolUseContent;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.protocol.UrlElicitation;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encodes protocol records as JSON, leaving out absent optional fields (clients reject {@code null}
 * where a field is optional). One place for the shape of every value the server sends.
 */
public final class WireFormat {
    private WireFormat() {
    }

    public static ObjectNode implementation(Implementation info) {
        ObjectNode node = Json.object().put("name", info.name()).put("version", info.version());
        putIfPresent(node, "title", info.title());
        return node;
    }

    public static ObjectNode tool(ToolDefinition tool) {
        ObjectNode node = Json.object().put("name", tool.name());
        putIfPresent(node, "title", tool.title());
        node.put("description", tool.description());
        node.set("inputSchema", tool.inputSchema());
        if (tool.outputSchema() != null) {
            node.set("outputSchema", tool.outputSchema());
        }
        if (!tool.annotations().isEmpty()) {
            node.set("annotations", toolAnnotations(tool.annotations()));
        }
        icons(node, tool.icons());
        if (tool.taskSupport() != TaskSupport.FORBIDDEN) {
            node.putObject("execution").put("taskSupport", tool.taskSupport().wire());
        }
        return node;
    }

    private static ObjectNode toolAnnotations(ToolAnnotations a) {
        ObjectNode node = Json.object();
        putIfPresent(node, "title", a.title());
        if (a.readOnlyHint() != null) {
            node.put("readOnlyHint", a.readOnlyHint());
        }
        if (a.destructiveHint() != null) {
            node.put("destructiveHint", a.destructiveHint());
        }
        if (a.idempotentHint() != null) {
            node.put("idempotentHint", a.idempotentHint());
        }
        if (a.openWorldHint() != null) {
            node.put("openWorldHint", a.openWorldHint());
        }
        return node;
    }

    public static ObjectNode toolResult(ToolResult result) {
        ObjectNode node = Json.object();
        node.set("content", contents(result.content()));
        if (result.structuredContent() != null) {
            node.set("structuredContent", result.structuredContent());
        }
        if (result.isError()) {
            node.put("isError", true);
        }
        return node;
    }

    public static ArrayNode contents(List<Content> blocks) {
        ArrayNode array = Json.array();
        blocks.forEach(block -> array.add(content(block)));
        return array;
    }

    public static ObjectNode content(Content content) {
        ObjectNode node = Json.object();
        switch (content) {
            case TextContent t -> node.put("type", "text").put("text", t.text());
            case ImageContent i -> node.put("type", "image").put("data", i.data()).put("mimeType", i.mimeType());
            case AudioContent a -> node.put("type", "audio").put("data", a.data()).put("mimeType", a.mimeType());
            case ResourceLink link -> {
                node.put("type", "resource_link").put("uri", link.uri()).put("name", link.name());
                putIfPresent(node, "title", link.title());
                putIfPresent(node, "description", link.description());
                putIfPresent(node, "mimeType", link.mimeType());
                if (link.size() != null) {
                    node.put("size", link.size());
                }
            }
            case EmbeddedResource e -> node.put("type", "resource").set("resource", resourceContents(e.resource()));
            case ToolUseContent use -> node.put("type", "tool_use").put("id", use.id()).put("name", use.name())
                    .set("input", use.input());
            case ToolResultContent r -> {
                node.put("type", "tool_result").put("toolUseId", r.toolUseId()).set("content", contents(r.content()));
                if (r.structuredContent() != null) {
                    node.set("structuredContent", r.structuredContent());
                }
                if (r.isError()) {
                    node.put("isError", true);
                }
            }
            default -> throw new IllegalArgumentException("unknown content kind: " + content.getClass().getName());
        }
        annotations(node, content.annotations());
        return node;
    }

    public static ObjectNode resourceContents(ResourceContents contents) {
        ObjectNode node = Json.object().put("uri", contents.uri());
        putIfPresent(node, "mimeType", contents.mimeType());
        switch (contents) {
            case TextResourceContents t -> node.put("text", t.text());
            case BlobResourceContents b -> node.put("blob", b.blob());
        }
        return node;
    }

    public static ObjectNode resource(ResourceDefinition r) {
        ObjectNode node = Json.object().put("uri", r.uri()).put("name", r.name());
        putIfPresent(node, "title", r.title());
        putIfPresent(node, "description", r.description());
        putIfPresent(node, "mimeType", r.mimeType());
        if (r.size() != null) {
            node.put("size", r.size());
        }
        annotations(node, r.annotations());
        icons(node, r.icons());
        return node;
    }

    public static ObjectNode resourceTemplate(ResourceTemplateDefinition t) {
        ObjectNode node = Json.object().put("uriTemplate", t.uriTemplate()).put("name", t.name());
        putIfPresent(node, "title", t.title());
        putIfPresent(node, "description", t.description());
        putIfPresent(node, "mimeType", t.mimeType());
        annotations(node, t.annotations());
        icons(node, t.icons());
        return node;
    }

    public static ObjectNode prompt(PromptDefinition p) {
        ObjectNode node = Json.object().put("name", p.name());
        putIfPresent(node, "title", p.title());
        node.put("description", p.description());
        if (!p.arguments().isEmpty()) {
            ArrayNode arguments = node.putArray("arguments");
            for (PromptArgument a : p.arguments()) {
                ObjectNode arg = arguments.addObject().put("name", a.name());
                putIfPresent(arg, "title", a.title());
                putIfPresent(arg, "description", a.description());
                arg.put("required", a.required());
            }
        }
        icons(node, p.icons());
        return node;
    }

    public static ObjectNode promptResult(PromptResult result) {
        ObjectNode node = Json.object();
        putIfPresent(node, "description", result.description());
        ArrayNode messages = node.putArray("messages");
        for (PromptMessage m : result.messages()) {
            messages.addObject().put("role", m.role().wire()).set("content", content(m.content()));
        }
        return node;
    }

    public static ObjectNode completion(Completion completion) {
        ObjectNode inner = Json.object();
        ArrayNode values = inner.putArray("values");
        completion.values().forEach(values::add);
        if (completion.total() != null) {
            inner.put("total", completion.total());
        }
        if (completion.hasMore() != null) {
            inner.put("hasMore", completion.hasMore());
        }
        ObjectNode node = Json.object();
        node.set("completion", inner);
        return node;
    }

    /** The params of the request that carries {@code request} to the client. */
    public static ObjectNode inputRequestParams(InputRequest request) {
        return switch (request) {
            case FormElicitation f -> {
                ObjectNode node = Json.object().put("message", f.message());
                node.set("requestedSchema", f.requestedSchema());
                yield node;
            }
            case UrlElicitation u -> Json.object().put("mode", "url").put("message", u.message())
                    .put("url", u.url()).put("elicitationId", u.elicitationId());
            case SamplingRequest s -> sampling(s);
            case RootsRequest r -> Json.object();
        };
    }

    private static ObjectNode sampling(SamplingRequest s) {
        ObjectNode node = Json.object();
        ArrayNode messages = node.putArray("messages");
        for (SamplingMessage m : s.messages()) {
            // one block as an object, as every revision reads it; several as an array (2025-11-25 and later)
            messages.addObject().put("role", m.role().wire())
                    .set("content", m.blocks().size() == 1 ? content(m.content()) : contents(m.blocks()));
        }
        node.put("maxTokens", s.maxTokens());
        putIfPresent(node, "systemPrompt", s.systemPrompt());
        if (s.temperature() != null) {
            node.put("temperature", s.temperature());
        }
        if (!s.stopSequences().isEmpty()) {
            ArrayNode stops = node.putArray("stopSequences");
            s.stopSequences().forEach(stops::add);
        }
        if (s.modelPreferences() != null) {
            node.set("modelPreferences", s.modelPreferences());
        }
        if (!s.tools().isEmpty()) {
            ArrayNode tools = node.putArray("tools");
            s.tools().forEach(t -> tools.add(tool(t)));
        }
        if (s.toolChoice() != null) {
            node.putObject("toolChoice").put("mode", s.toolChoice().wire());
        }
        return node;
    }

    private static void annotations(ObjectNode node, Annotations a) {
        if (a == null) {
            return;
        }
        ObjectNode out = Json.object();
        if (!a.audience().isEmpty()) {
            ArrayNode audience = out.putArray("audience");
            a.audience().forEach(r -> audience.add(r.wire()));
        }
        if (a.priority() != null) {
            out.put("priority", a.priority());
        }
        putIfPresent(out, "lastModified", a.lastModified());
        if (!out.isEmpty()) {
            node.set("annotations", out);
        }
    }

    private static void icons(ObjectNode node, List<Icon> icons) {
        if (icons.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("icons");
        for (Icon icon : icons) {
            ObjectNode i = array.addObject().put("src", icon.src());
            putIfPresent(i, "mimeType", icon.mimeType());
            if (!icon.sizes().isEmpty()) {
                ArrayNode sizes = i.putArray("sizes");
                icon.sizes().forEach(sizes::add);
            }
            putIfPresent(i, "theme", icon.theme());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
