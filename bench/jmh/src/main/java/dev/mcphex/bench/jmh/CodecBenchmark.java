package dev.mcphex.bench.jmh;

import dev.mcphex.ports.jsonrpc.Inbound;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link JsonRpcCodec} on the benchmark's modern {@code tools/call} of {@code echo} and its response. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
    static final String REQUEST = "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
            + "\"arguments\":{\"text\":\"hello from the benchmark\"},\"_meta\":{"
            + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"bench\",\"version\":\"1\"},"
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    static final String RESPONSE = "{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":{\"content\":[{\"type\":\"text\","
            + "\"text\":\"hello from the benchmark\"}],\"isError\":false}}";

    private byte[] request;
    private JsonRpcMessage response;

    @Setup
    public void setUp() {
        request = REQUEST.getBytes(StandardCharsets.UTF_8);
        response = ((Inbound.Single) JsonRpcCodec.read(RESPONSE)).message();
    }

    @Benchmark
    public Inbound readRequest() {
        return JsonRpcCodec.read(request);
    }

    @Benchmark
    public String writeResponse() {
        return JsonRpcCodec.write(response);
    }
}
