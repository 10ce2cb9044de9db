package dev.mcphex.domain.annotated;

import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A context that records what handlers log and report, and answers nothing else. */
final class FakeContext implements McpContext {
    final Principal principal;
    final Cancellation cancellation = new Cancellation();
    final List<String> logged = new ArrayList<>();

    FakeContext(Principal principal) {
        this.principal = principal;
    }

    FakeContext() {
        this(Principal.ANONYMOUS);
    }

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public ClientCapabilities clientCapabilities() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Implementation clientInfo() {
        return Implementation.UNKNOWN;
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public void progress(double progress, Double total, String message) {
        logged.add("progress " + progress);
    }

    @Override
    public void log(LogLevel level, String logger, Object data) {
        logged.add(level + " " + data);
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ElicitationResult elicit(FormElicitation request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Root> roots() {
        return List.of();
    }
}
