package dev.mcphex.ports.protocol;

import java.util.Objects;

/**
 * The client model's completion.
 *
 * @param role       normally assistant
 * @param content    the generated content
 * @param model      the model that produced it
 * @param stopReason why generation stopped, if known
 */
public record SamplingResult(Role role, Content content, String model, String stopReason) implements InputResponse {
    public SamplingResult {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(model, "model");
    }

    /** The generated text, or an empty string when the content is not text. */
    public String text() {
        return content instanceof TextContent t ? t.text() : "";
    }
}
