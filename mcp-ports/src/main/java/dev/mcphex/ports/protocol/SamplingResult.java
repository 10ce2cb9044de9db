package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The client model's completion. Since 2025-11-25 it may hold several blocks, such as text and the
 * {@link ToolUseContent tool uses} the model asks for (then {@code stopReason} is {@code toolUse}).
 *
 * @param role       normally assistant
 * @param blocks     the generated content blocks; at least one
 * @param model      the model that produced it
 * @param stopReason why generation stopped, if known
 */
public record SamplingResult(Role role, List<Content> blocks, String model, String stopReason)
        implements InputResponse {
    public SamplingResult {
        Objects.requireNonNull(role, "role");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a sampling result needs at least one content block");
        }
        Objects.requireNonNull(model, "model");
    }

    /** A completion with a single content block. */
    public SamplingResult(Role role, Content content, String model, String stopReason) {
        this(role, List.of(Objects.requireNonNull(content, "content")), model, stopReason);
    }

    /** The single content block, or the first of several. */
    public Content content() {
        return blocks.getFirst();
    }

    /** The generated text: the text blocks joined by blank lines, or an empty string when there is none. */
    public String text() {
        return blocks.stream().filter(TextContent.class::isInstance).map(b -> ((TextContent) b).text())
                .collect(Collectors.joining("\n\n"));
    }

    /** The tool calls the model asks for, in order; empty when it asks for none. */
    public List<ToolUseContent> toolUses() {
        return blocks.stream().filter(ToolUseContent.class::isInstance).map(ToolUseContent.class::cast).toList();
    }
}
