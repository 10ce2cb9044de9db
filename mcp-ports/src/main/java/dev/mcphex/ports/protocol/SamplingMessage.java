package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One message of a sampling conversation. The wire carries one content block as an object and several
 * as an array (2025-11-25 and later). Tool uses appear only in assistant messages; a message with tool
 * results is a user message that holds nothing but tool results, as the specification requires.
 *
 * @param role   who sent it
 * @param blocks its content blocks; at least one
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public record SamplingMessage(Role role, List<Content> blocks) {
    public SamplingMessage {
        Objects.requireNonNull(role, "role");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a sampling message needs at least one content block");
        }
        long toolResults = blocks.stream().filter(ToolResultContent.class::isInstance).count();
        if (toolResults > 0 && (toolResults < blocks.size() || role != Role.USER)) {
            throw new IllegalArgumentException("tool results must be alone in a user message");
        }
        if (role != Role.ASSISTANT && blocks.stream().anyMatch(ToolUseContent.class::isInstance)) {
            throw new IllegalArgumentException("tool uses belong in assistant messages");
        }
    }

    /** A message with a single content block. */
    public SamplingMessage(Role role, Content content) {
        this(role, List.of(Objects.requireNonNull(content, "content")));
    }

    /** The single content block, or the first of several. */
    public Content content() {
        return blocks.getFirst();
    }

    public static SamplingMessage user(String text) {
        return new SamplingMessage(Role.USER, Content.text(text));
    }
}
