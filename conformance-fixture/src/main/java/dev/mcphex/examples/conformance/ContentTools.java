package dev.mcphex.examples.conformance;

import static dev.mcphex.examples.conformance.Fixtures.tool;

import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import java.util.List;

/** The tools whose results exercise the content block kinds, and the one that fails on purpose. */
final class ContentTools {

    static final String SIMPLE_TEXT = "This is a simple text response for testing.";
    static final String EMBEDDED_TEXT = "This is an embedded resource content.";
    static final String MIXED_JSON = "{\"test\":\"data\",\"value\":123}";
    static final String ERROR_TEXT = "This tool intentionally returns an error for testing";

    private ContentTools() {
    }

    /** The content tools, {@code test_simple_text} first: the suite calls the first listed tool with no arguments. */
    static List<Tool> tools() {
        return List.of(
                tool("test_simple_text", "Returns a simple text response.",
                        (call, context) -> ToolResult.text(SIMPLE_TEXT)),
                tool("test_image_content", "Returns a small PNG image.",
                        (call, context) -> ToolResult.of(image())),
                tool("test_audio_content", "Returns a small WAV audio clip.",
                        (call, context) -> ToolResult.of(Content.audio(SampleMedia.WAV, SampleMedia.WAV_MIME_TYPE))),
                tool("test_embedded_resource", "Returns an embedded text resource.",
                        (call, context) -> ToolResult.of(Content.resource(ResourceContents.text(
                                "test://embedded-resource", "text/plain", EMBEDDED_TEXT)))),
                tool("test_multiple_content_types", "Returns text, an image and an embedded resource in one result.",
                        (call, context) -> ToolResult.of(
                                Content.text("Multiple content types test:"),
                                image(),
                                Content.resource(ResourceContents.text(
                                        "test://mixed-content-resource", "application/json", MIXED_JSON)))),
                tool("test_error_handling", "Always fails, returning an error result rather than a protocol error.",
                        (call, context) -> ToolResult.error(ERROR_TEXT)));
    }

    private static Content image() {
        return Content.image(SampleMedia.PNG, SampleMedia.PNG_MIME_TYPE);
    }
}
