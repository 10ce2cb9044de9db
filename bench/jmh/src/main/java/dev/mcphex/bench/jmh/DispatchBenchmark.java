package dev.mcphex.bench.jmh;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolResult;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's dispatch of a modern {@code tools/call} of {@code echo}: {@link McpEngine#handle} on a parsed
 * request, and {@link McpEngine#handleDocument} from bytes to the serialized response. The benchmark threads
 * are virtual, as the HTTP and stdio transports' request threads are: on a platform thread the engine
 * hands each handler to a virtual thread of its own, and the hand-over would dominate the measurement.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Djmh.executor=VIRTUAL")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
    private McpEngine engine;
    private JsonRpcRequest request;
    private byte[] document;

    @Setup
    public void setUp() {
        var schema = Json.object().put("type", "object");
        schema.putObject("properties").putObject("text").put("type", "string");
        engine = Mcphex.server("jmh", "1")
                .tool("echo", "Answers with the text it was given", schema,
                        (call, context) -> ToolResult.text(call.string("text")))
                .build();
        document = CodecBenchmark.REQUEST.getBytes(StandardCharsets.UTF_8);
        request = (JsonRpcRequest) ((Inbound.Single) JsonRpcCodec.read(document)).message();
        requireEcho();
    }

    /** Fails the run if the engine stopped echoing, so a broken path cannot pass for a fast one. */
    @TearDown
    public void tearDown() throws Exception {
        requireEcho();
        engine.close();
    }

    private void requireEcho() {
        Optional<JsonRpcMessage> answer = engine.handle(request, exchange());
        if (!(answer.orElse(null) instanceof JsonRpcResult result)
                || !result.result().toString().contains("hello from the benchmark")) {
            throw new IllegalStateException("The engine does not echo: " + answer);
        }
    }

    private static Exchange exchange() {
        return Exchange.builder().transport("jmh").build();
    }

    @Benchmark
    public Optional<JsonRpcMessage> handle() {
        return engine.handle(request, exchange());
    }

    @Benchmark
    public Optional<String> handleDocument() {
        return engine.handleDocument(document, exchange());
    }
}
