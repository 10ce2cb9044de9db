package dev.mcphex.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Content;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.ElicitationResult.Action;
import dev.mcphex.ports.protocol.Role;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.RootsResult;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.protocol.TextContent;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Shortcuts the fixture tests share: finding and calling fixtures, and building the client's answers. */
final class FixtureTesting {

    /** Records what the fixture told its hooks. */
    static final class RecordingHooks implements FixtureHooks {
        final List<String> events = new ArrayList<>();

        @Override
        public void toolsChanged() {
            events.add("tools");
        }

        @Override
        public void promptsChanged() {
            events.add("prompts");
        }

        @Override
        public void resourceUpdated(String uri) {
            events.add("resource " + uri);
        }
    }

    private FixtureTesting() {
    }

    static Tool tool(ConformanceFixture fixture, String name) {
        return fixture.tools().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no tool " + name));
    }

    static Tool tool(String name) {
        return tool(new ConformanceFixture(FixtureHooks.NONE), name);
    }

    static Prompt prompt(String name) {
        return new ConformanceFixture(FixtureHooks.NONE).prompts().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no prompt " + name));
    }

    /** Calls a tool with the arguments given as JSON, or with none when {@code arguments} is null. */
    static ToolResult call(String name, String arguments, FakeContext context) throws Exception {
        ObjectNode args = arguments == null ? null : object(arguments);
        return tool(name).handler().call(new ToolCall(name, args), context);
    }

    static ToolResult call(String name, FakeContext context) throws Exception {
        return call(name, null, context);
    }

    /** The text of a result that is a single text block. */
    static String onlyText(ToolResult result) {
        assertThat(result.content()).hasSize(1);
        return text(result.content().get(0));
    }

    static String text(Content content) {
        assertThat(content).isInstanceOf(TextContent.class);
        return ((TextContent) content).text();
    }

    static ObjectNode object(String json) {
        return (ObjectNode) Json.parse(json);
    }

    static ElicitationResult accept(String content) {
        return new ElicitationResult(Action.ACCEPT, object(content));
    }

    static ElicitationResult decline() {
        return new ElicitationResult(Action.DECLINE, null);
    }

    static SamplingResult sampled(String text) {
        return new SamplingResult(Role.ASSISTANT, Content.text(text), "test-model", "endTurn");
    }

    static RootsResult roots(Root... roots) {
        return new RootsResult(List.of(roots));
    }
}
